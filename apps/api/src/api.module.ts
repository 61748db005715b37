import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AccessModule } from '@oneplan/access';
import { AttendanceModule } from '@oneplan/attendance';
import { GroupSchedulesModule } from '@oneplan/groups';
import { SelfReportModule } from '@oneplan/self-report';
import { SupportsModule } from '@oneplan/supports';
import { AuditModule, AuditTrail } from '@oneplan/audit';
import { Authenticator, AuthModule } from '@oneplan/auth';
import { CareTeamModule } from '@oneplan/care-team';
import { ConsentModule } from '@oneplan/consent';
import { DischargeModule } from '@oneplan/discharge';
import { IntakeModule } from '@oneplan/intake';
import { PlanTemplatesModule } from '@oneplan/templates';
import { APP_CONFIG, type AppConfig, ConfigModule } from '@oneplan/config';
import { ApiMetrics, FrontDoorModule } from '@oneplan/front-door';
import { CostAdmission, GraphQLErrorFilter, graphqlOptions, NodesModule } from '@oneplan/graphql';
import { GoalsModule } from '@oneplan/goals';
import { HealthModule } from '@oneplan/health';
import { MeasuresModule } from '@oneplan/measures';
import { MedicationsModule } from '@oneplan/medications';
import { MetricsModule } from '@oneplan/metrics';
import { NotesModule } from '@oneplan/notes';
import { PlanModule } from '@oneplan/plan';
import { NotificationsModule } from '@oneplan/reminders';
import { PrismaModule } from '@oneplan/prisma';
import { RedisModule } from '@oneplan/queue';
import { SessionsModule } from '@oneplan/sessions';
import { TasksModule } from '@oneplan/tasks';
import { TelemetryModule } from '@oneplan/telemetry';

/** The API process: wiring only; the domain lives in libs/. */
@Module({
  imports: [
    ConfigModule,
    TelemetryModule,
    MetricsModule.forProcess('api'),
    PrismaModule,
    RedisModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [AuditModule, AuthModule, FrontDoorModule],
      inject: [APP_CONFIG, AuditTrail, Authenticator, CostAdmission, ApiMetrics],
      useFactory: (config: AppConfig, audit: AuditTrail, authenticator: Authenticator, admission: CostAdmission, metrics: ApiMetrics) =>
        graphqlOptions(
          config,
          admission,
          // A request no access decision signed in (introspection, an invalid document) is confirmed here.
          async (req, refused) => {
            await authenticator.actorOf(req);
            await audit.flush(req, refused);
          },
          [metrics.plugin()],
        ),
    }),
    AccessModule,
    AuditModule,
    AuthModule,
    HealthModule,
    AttendanceModule,
    GroupSchedulesModule,
    SupportsModule,
    SelfReportModule,
    CareTeamModule,
    ConsentModule,
    IntakeModule,
    DischargeModule,
    PlanTemplatesModule,
    FrontDoorModule,
    GoalsModule,
    MeasuresModule,
    MedicationsModule,
    NodesModule,
    NotesModule,
    NotificationsModule,
    PlanModule,
    SessionsModule,
    TasksModule,
  ],
  providers: [{ provide: APP_FILTER, useClass: GraphQLErrorFilter }],
})
export class ApiModule {}
