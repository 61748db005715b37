export { ActorRepository } from './actor.repository.js';
export { Authenticator } from './authenticator.js';
export { AuthModule } from './auth.module.js';
export { BearerTokens } from './bearer-token.js';
export { CurrentActor } from './current-actor.js';
export { RequestRateLimits } from './rate-limits.js';
export { SessionCookies } from './session-cookies.js';
