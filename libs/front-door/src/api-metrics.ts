import { Injectable } from '@nestjs/common';
import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { Counter, Gauge, Histogram } from 'prom-client';
import { type GraphQLContext, operationLabel } from '@oneplan/graphql';
import { MetricsRegistry } from '@oneplan/metrics';
import { PrismaService } from '@oneplan/prisma';

/** Routes by their first segment; anything else is "other" (a label value never comes from a client's path). */
const ROUTES = new Set(['/graphql', '/health', '/metrics', '/queues', '/explorer', '/auth', '/assets', '/patients', '/groups', '/fhir']);
const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The API's metrics: HTTP requests by route and status, GraphQL operations by type and first root field
 * (names the schema bounds, not the client's operation name), their errors by code, and the database
 * pool. Counted in the process; read when scraped.
 */
@Injectable()
export class ApiMetrics {
  private readonly requests: Histogram<'method' | 'route' | 'status'>;
  private readonly operations: Histogram<'type' | 'field'>;
  private readonly errors: Counter<'code'>;

  constructor(metrics: MetricsRegistry, prisma: PrismaService) {
    const registers = [metrics.registry];
    this.requests = new Histogram({ name: 'oneplan_http_request_duration_seconds', help: 'HTTP requests by route and status', labelNames: ['method', 'route', 'status'], buckets: SECONDS, registers });
    this.operations = new Histogram({
      name: 'oneplan_graphql_operation_duration_seconds',
      help: 'GraphQL operations by type and first root field',
      labelNames: ['type', 'field'],
      buckets: SECONDS,
      registers,
    });
    this.errors = new Counter({ name: 'oneplan_graphql_errors_total', help: "Errors in GraphQL responses by code, the front door's refusals included", labelNames: ['code'], registers });
    new Gauge({
      name: 'oneplan_db_pool_connections',
      help: 'Connections of the database pool: total, idle, and queries waiting for one',
      labelNames: ['state'],
      registers,
      collect() {
        const pool = prisma.poolStats();
        this.set({ state: 'total' }, pool.total);
        this.set({ state: 'idle' }, pool.idle);
        this.set({ state: 'waiting' }, pool.waiting);
      },
    });
  }

  /** Times every HTTP request, observed when its response has been sent or its client has gone. */
  readonly http = (req: Request, res: Response, next: NextFunction): void => {
    const stop = this.requests.startTimer({ method: req.method });
    res.once('close', () => {
      const first = `/${(req.originalUrl ?? req.url).split(/[/?]/)[1] ?? ''}`;
      stop({ route: ROUTES.has(first) ? first : 'other', status: String(res.statusCode) });
    });
    next();
  };

  /** Counts a request the front door refused before GraphQL ran (its code). */
  refused(code: string): void {
    this.errors.inc({ code });
  }

  /** Times each GraphQL operation that resolved, and counts the codes of the errors its response carries. */
  plugin(): ApolloServerPlugin<GraphQLContext> {
    const { operations, errors } = this;
    return {
      async requestDidStart() {
        const started = performance.now();
        return {
          async willSendResponse({ operation, response }) {
            if (operation) operations.observe(operationLabel(operation), (performance.now() - started) / 1000);
            if (response.body.kind === 'single') for (const error of response.body.singleResult.errors ?? []) errors.inc({ code: String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
          },
        };
      },
    };
  }
}
