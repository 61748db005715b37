import { Module } from '@nestjs/common';
import { AuditTrailModule } from '@oneplan/audit';
import { AuthModule } from '@oneplan/auth';
import { APP_CONFIG, type AppConfig } from '@oneplan/config';
import { CostAdmission } from '@oneplan/graphql';
import { ApiMetrics } from './api-metrics.js';
import { Explorer } from './explorer.js';
import { FrontDoor } from './front-door.js';
import { ProviderSignIn } from './provider-sign-in.js';
import { SubscriptionServer } from './subscription-server.js';
import { WebApp } from './web-app.js';
import { WebSessions } from './web-sessions.js';

/** How requests reach the API: the HTTP front door, cost admission, subscriptions, the web app with its sessions, and the explorer. */
@Module({
  imports: [AuditTrailModule, AuthModule],
  providers: [
    ApiMetrics,
    Explorer,
    FrontDoor,
    ProviderSignIn,
    SubscriptionServer,
    WebApp,
    WebSessions,
    { provide: CostAdmission, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new CostAdmission(config.GRAPHQL_COST_BUDGET) },
  ],
  exports: [ApiMetrics, CostAdmission, FrontDoor],
})
export class FrontDoorModule {}
