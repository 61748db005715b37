import type { NestExpressApplication } from '@nestjs/platform-express';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { NextFunction, Request, Response } from 'express';
import { ADMINS } from '@oneplan/access';
import { Authenticator } from '@oneplan/auth';
import { DomainError, ForbiddenError } from '@oneplan/errors';
import type { OnePlanRequest } from '@oneplan/graphql';
import { ReminderQueue } from '@oneplan/queue';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * Bull Board over the reminders queue at /admin/queues, for program admins only: the same bearer token
 * as the API, checked on every request (jobs hold ids only, but retrying and removing them is an
 * operator's act).
 */
export function mountQueueDashboard(app: NestExpressApplication): void {
  const board = new ExpressAdapter();
  board.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({ queues: [new BullMQAdapter(app.get(ReminderQueue).queue)], serverAdapter: board });
  const authenticator = app.get(Authenticator);
  const adminsOnly = async (req: Request, res: Response, next: NextFunction) => {
    try {
      const actor = await authenticator.actorOf(req as OnePlanRequest);
      if (!(ADMINS as string[]).includes(actor.discipline)) throw new ForbiddenError('The queue dashboard is for program and organization admins');
      next();
    } catch (error) {
      if (!(error instanceof DomainError)) return next(error);
      res.status(error.code === 'FORBIDDEN' ? 403 : 401).json({ errors: [{ message: error.message, extensions: { code: error.code } }] });
    }
  };
  app.use(QUEUE_DASHBOARD_PATH, adminsOnly, board.getRouter());
}
