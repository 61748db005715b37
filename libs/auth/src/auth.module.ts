import { Module } from '@nestjs/common';
import { AuditModule } from '@oneplan/audit';
import { ActorRepository } from './actor.repository.js';
import { Authenticator } from './authenticator.js';
import { BearerTokens } from './bearer-token.js';
import { RequestRateLimits } from './rate-limits.js';

@Module({
  imports: [AuditModule],
  providers: [ActorRepository, Authenticator, BearerTokens, RequestRateLimits],
  exports: [Authenticator, BearerTokens, RequestRateLimits],
})
export class AuthModule {}
