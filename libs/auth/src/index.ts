export { ActorRepository } from './actor.repository.js';
export { AuthGuard, CurrentActor } from './auth.guard.js';
export { AuthModule } from './auth.module.js';
export { BearerTokens } from './bearer-token.js';
