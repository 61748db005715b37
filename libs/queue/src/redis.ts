import { Global, Inject, Injectable, Module, OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@oneplan/config';

/** The process's Redis connection (BullMQ requires maxRetriesPerRequest: null on it). */
@Injectable()
export class RedisConnection extends Redis implements OnModuleDestroy {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super(config.REDIS_URL, { maxRetriesPerRequest: null, lazyConnect: false });
    this.on('error', () => undefined);
  }

  async onModuleDestroy(): Promise<void> {
    await this.quit().catch(() => this.disconnect());
  }
}

@Global()
@Module({ providers: [RedisConnection], exports: [RedisConnection] })
export class RedisModule {}

