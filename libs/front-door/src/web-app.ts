import { existsSync } from 'node:fs';
import path from 'node:path';
import { Injectable } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type Request, type Response } from 'express';
import { WEB_BUILD_DIR } from './explorer.js';

const APP_PAGE = path.join(WEB_BUILD_DIR, 'index.html');
/** The page a patient opens from a self-report link (no sign-in; it calls /self-report/*). */
const SELF_REPORT_PAGE = path.join(WEB_BUILD_DIR, 'self-report.html');
/** The web app's own routes (it renders them in the browser): each is answered with its one page. */
const PAGE_ROUTES = ['/', '/sign-in', '/groups', '/patients/:patientId'];
/**
 * Scripts, styles and connections from this host only (the bundle loads nothing from elsewhere), no
 * framing, no referrer: the page shows protected health information.
 */
const PAGE_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
};

/** The care team's web app (apps/web), built into dist/web by npm run build and served at /. */
@Injectable()
export class WebApp {
  mount(app: NestExpressApplication): void {
    app.use('/assets', express.static(path.join(WEB_BUILD_DIR, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
    const server = app.getHttpAdapter().getInstance() as express.Express;
    for (const route of PAGE_ROUTES) server.get(route, this.page(APP_PAGE));
    server.get('/self-report', this.page(SELF_REPORT_PAGE));
  }

  private page(file: string) {
    return (_req: Request, res: Response) => {
      if (!existsSync(file)) {
        res.status(404).type('text/plain').send('The web app is not built: run npm run build');
        return;
      }
      res.set(PAGE_HEADERS).sendFile(file);
    };
  }
}
