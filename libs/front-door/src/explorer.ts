import { existsSync } from 'node:fs';
import path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '@oneplan/config';

/** Where `npm run build` puts the web build (apps/web), relative to the project root the API runs from. */
export const WEB_BUILD_DIR = path.resolve('dist/web');
const EXPLORER_PAGE = path.join(WEB_BUILD_DIR, 'explorer.html');

/**
 * GraphiQL, built from the project's own dependencies (apps/web/explorer.html), for browsers that open
 * /graphql outside production: no script comes from another host, so it works without internet.
 * Production serves no explorer (introspection is off there too).
 */
@Injectable()
export class Explorer {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  mount(app: NestExpressApplication): void {
    if (this.config.NODE_ENV === 'production') return;
    app.use('/graphql', this.page);
  }

  /** The page, for a browser's GET (a GET carrying a query, or asking for JSON, is a GraphQL request). */
  private readonly page = (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.query.query !== undefined || req.accepts(['application/json', 'text/html']) !== 'text/html') return next();
    if (!existsSync(EXPLORER_PAGE)) {
      res.status(404).type('text/plain').send('The explorer is not built: run npm run build');
      return;
    }
    res.sendFile(EXPLORER_PAGE);
  };
}
