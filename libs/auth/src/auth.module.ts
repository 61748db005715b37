import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ActorRepository } from './actor.repository.js';
import { AuthGuard } from './auth.guard.js';
import { BearerTokens } from './bearer-token.js';

@Module({
  providers: [ActorRepository, BearerTokens, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [ActorRepository, BearerTokens],
})
export class AuthModule {}
