import { Inject, Injectable } from '@nestjs/common';
import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import { APP_CONFIG, type AppConfig } from '@oneplan/config';
import { UnauthenticatedError } from '@oneplan/errors';

const ASYMMETRIC_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'ES256', 'ES384', 'EdDSA'];
const TOKEN_LIFETIME = '8h';

/**
 * Verifies bearer JWTs with jose: HS256 with the configured secret, or the keys of an external
 * identity provider's JWKS when JWT_JWKS_URL is set. Issuer and audience are always checked.
 */
@Injectable()
export class BearerTokens {
  private readonly secret: Uint8Array;
  private readonly jwks?: JWTVerifyGetKey;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.secret = new TextEncoder().encode(config.JWT_SECRET);
    if (config.JWT_JWKS_URL) this.jwks = createRemoteJWKSet(new URL(config.JWT_JWKS_URL));
  }

  /** Returns the token's subject (a StaffMember id) or throws UNAUTHENTICATED. */
  async subjectOf(token: string): Promise<string> {
    const options = { issuer: this.config.JWT_ISSUER, audience: this.config.JWT_AUDIENCE };
    try {
      const { payload } = this.jwks ? await jwtVerify(token, this.jwks, { ...options, algorithms: ASYMMETRIC_ALGORITHMS }) : await jwtVerify(token, this.secret, { ...options, algorithms: ['HS256'] });
      if (!payload.sub) throw new UnauthenticatedError('The token names no subject');
      return payload.sub;
    } catch (error) {
      if (error instanceof UnauthenticatedError) throw error;
      throw new UnauthenticatedError('The bearer token is invalid or expired');
    }
  }

  /** Signs an HS256 token for a staff member (demo clinic and tests; production uses an identity provider). */
  async issue(staffId: string, lifetime: string = TOKEN_LIFETIME): Promise<string> {
    return new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(staffId)
      .setIssuer(this.config.JWT_ISSUER)
      .setAudience(this.config.JWT_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(lifetime)
      .sign(this.secret);
  }
}
