export { activeStaffOf, ActorRepository } from './actor.repository.js';
export { Authenticator, type StaffClaim } from './authenticator.js';
export { AuthModule } from './auth.module.js';
export { BearerTokens, type TokenIdentity } from './bearer-token.js';
export { CurrentActor } from './current-actor.js';
export { RequestRateLimits } from './rate-limits.js';
export { SessionCookies } from './session-cookies.js';
