import { webcrypto } from 'node:crypto';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { Inject, Injectable } from '@nestjs/common';
import { createRemoteJWKSet, errors, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import { APP_CONFIG, type AppConfig } from '@oneplan/config';
import { ServiceUnavailableError, UnauthenticatedError } from '@oneplan/errors';

const ASYMMETRIC_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'ES256', 'ES384', 'EdDSA'];
const TOKEN_LIFETIME = '8h';
const PROVIDER_TIMEOUT_MS = 5000;
/** A token signed with a key not in the provider's set fetches the set again, at most this often (key rotation). */
const KEYS_COOLDOWN_MS = 2000;
/** Tokens remembered as verified (a client sends its token with every request). */
const VERIFIED_TOKENS = 10_000;

/** Who a token names: a staff member's id (OnePlan's own HS256 tokens) or their email (an identity provider's). */
export type TokenIdentity = { staffId: string } | { email: string };

interface ProviderKeys {
  keys: JWTVerifyGetKey;
  issuer: string;
}

/**
 * Verifies bearer JWTs with jose: HS256 with the configured secret (the demo and development), or the
 * keys of the clinic's identity provider: found through its OpenID Connect discovery document
 * (OIDC_ISSUER) or at JWT_JWKS_URL. A provider's token names the staff member by the claim
 * OIDC_STAFF_CLAIM (default email). Issuer and audience are always checked.
 */
@Injectable()
export class BearerTokens {
  private secretKey?: Promise<webcrypto.CryptoKey>;
  private provider?: Promise<ProviderKeys>;
  /**
   * Tokens verified already, until they expire: a verification is an HMAC or signature check on the thread
   * pool, about 6% of the API's CPU on a stream of writes. Only valid tokens are kept.
   */
  private readonly verified = new InMemoryLRUCache<TokenIdentity>({ max: VERIFIED_TOKENS });

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** The HS256 secret as a key imported once: given raw bytes, jose imports them again on every verification (about half its cost). */
  private secret(): Promise<webcrypto.CryptoKey> {
    this.secretKey ??= webcrypto.subtle.importKey('raw', new TextEncoder().encode(this.config.JWT_SECRET), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
    return this.secretKey;
  }

  /** Who the token names, or UNAUTHENTICATED; SERVICE_UNAVAILABLE while the identity provider cannot be reached. */
  async identityOf(token: string): Promise<TokenIdentity> {
    const known = await this.verified.get(token);
    if (known) return known;
    const { identity, expiresAt } = await this.verify(token);
    const ttl = Math.floor(expiresAt - Date.now() / 1000);
    if (ttl > 0) await this.verified.set(token, identity, { ttl });
    return identity;
  }

  /** Who a token names and when it expires (epoch seconds), checked by jose. */
  private async verify(token: string): Promise<{ identity: TokenIdentity; expiresAt: number }> {
    const external = this.config.OIDC_ISSUER || this.config.JWT_JWKS_URL ? await this.providerKeys() : undefined;
    try {
      if (!external) {
        const { payload } = await jwtVerify(token, await this.secret(), { issuer: this.config.JWT_ISSUER, audience: this.config.JWT_AUDIENCE, algorithms: ['HS256'] });
        if (!payload.sub) throw new UnauthenticatedError('The token names no subject');
        return { identity: { staffId: payload.sub }, expiresAt: payload.exp ?? 0 };
      }
      const { payload } = await jwtVerify(token, external.keys, { issuer: external.issuer, audience: this.config.JWT_AUDIENCE, algorithms: ASYMMETRIC_ALGORITHMS });
      const email = payload[this.config.OIDC_STAFF_CLAIM];
      if (typeof email !== 'string' || !email) throw new UnauthenticatedError(`The token has no ${this.config.OIDC_STAFF_CLAIM} claim`);
      return { identity: { email }, expiresAt: payload.exp ?? 0 };
    } catch (error) {
      if (error instanceof UnauthenticatedError) throw error;
      if (error instanceof errors.JWKSTimeout || error instanceof TypeError) throw new ServiceUnavailableError('The identity provider cannot be reached: try again in a moment');
      throw new UnauthenticatedError('The bearer token is invalid or expired');
    }
  }

  /** The provider's keys, discovered once (a failed discovery is tried again by the next request). */
  private providerKeys(): Promise<ProviderKeys> {
    this.provider ??= this.discover().catch((error: unknown) => {
      this.provider = undefined;
      throw error;
    });
    return this.provider;
  }

  private async discover(): Promise<ProviderKeys> {
    const remote = (url: string) => createRemoteJWKSet(new URL(url), { timeoutDuration: PROVIDER_TIMEOUT_MS, cooldownDuration: KEYS_COOLDOWN_MS });
    if (!this.config.OIDC_ISSUER) return { keys: remote(this.config.JWT_JWKS_URL), issuer: this.config.JWT_ISSUER };
    const issuer = this.config.OIDC_ISSUER.replace(/\/$/, '');
    try {
      const response = await fetch(`${issuer}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(PROVIDER_TIMEOUT_MS) });
      const document = (await response.json()) as { issuer?: string; jwks_uri?: string };
      // The discovery document must be the configured issuer's own (OpenID Connect Discovery, section 4.3).
      if (!response.ok || document.issuer?.replace(/\/$/, '') !== issuer || typeof document.jwks_uri !== 'string') throw new Error('unusable discovery document');
      return { keys: remote(document.jwks_uri), issuer: document.issuer };
    } catch {
      throw new ServiceUnavailableError('The identity provider cannot be reached: try again in a moment');
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
      .sign(await this.secret());
  }
}
