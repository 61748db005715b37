import { Module } from '@nestjs/common';
import { AuditTrailModule } from '@oneplan/audit';
import { ActorRepository } from './actor.repository.js';
import { Authenticator } from './authenticator.js';
import { BearerTokens } from './bearer-token.js';
import { RequestRateLimits } from './rate-limits.js';
import { SessionCookies } from './session-cookies.js';

@Module({
  imports: [AuditTrailModule],
  providers: [ActorRepository, Authenticator, BearerTokens, RequestRateLimits, SessionCookies],
  exports: [ActorRepository, Authenticator, BearerTokens, RequestRateLimits, SessionCookies],
})
export class AuthModule {}
