import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '@oneplan/config';
import { RateLimitedError } from '@oneplan/errors';
import { RedisConnection } from '@oneplan/queue';

const WINDOW_SECONDS = 60;

/**
 * Per-minute request budgets on /graphql, per client address and per staff member (once the token is
 * verified). Counters live in Redis so every API instance shares them; while
 * Redis is unreachable each instance falls back to counting in memory.
 */
@Injectable()
export class RequestRateLimits {
  private readonly byAddress: RateLimiterRedis;
  private readonly byStaff: RateLimiterRedis;
  private readonly selfReport: RateLimiterRedis;

  constructor(@Inject(APP_CONFIG) config: AppConfig, redis: RedisConnection) {
    const limiter = (name: string, points: number) =>
      new RateLimiterRedis({
        storeClient: redis.client,
        keyPrefix: `${config.RATE_LIMIT_KEY_PREFIX}:${name}`,
        points,
        duration: WINDOW_SECONDS,
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory({ points, duration: WINDOW_SECONDS }),
      });
    this.byAddress = limiter('address', config.RATE_LIMIT_PER_ADDRESS);
    this.byStaff = limiter('staff', config.RATE_LIMIT_PER_STAFF);
    this.selfReport = limiter('self-report', config.SELF_REPORT_RATE_LIMIT);
  }

  /** Spends one request of an address's budget on the anonymous self-report routes (far smaller than GraphQL's). */
  async spendForSelfReport(address: string): Promise<void> {
    const refusal = await consume(this.selfReport, address, 'address');
    if (refusal) throw refusal;
  }

  /** Spends one request of a client address's budget (before its body is read); throws RATE_LIMITED when it is spent. */
  async spendForAddress(address: string): Promise<void> {
    const refusal = await consume(this.byAddress, address, 'address');
    if (refusal) throw refusal;
  }

  /** Spends one request of a staff member's budget; throws RATE_LIMITED when it is spent. */
  async spendForStaff(staffId: string): Promise<void> {
    const refusal = await consume(this.byStaff, staffId, 'staff member');
    if (refusal) throw refusal;
  }
}

async function consume(limiter: RateLimiterRedis, key: string, who: 'staff member' | 'address'): Promise<RateLimitedError | null> {
  try {
    await limiter.consume(key);
    return null;
  } catch (outcome) {
    if (!(outcome instanceof RateLimiterRes)) throw outcome;
    return new RateLimitedError(Math.max(1, Math.ceil(outcome.msBeforeNext / 1000)), who);
  }
}
