import { Body, Controller, Logger, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { RequestRateLimits } from '@oneplan/auth';
import { DomainError, ErrorCode, unavailableFor } from '@oneplan/errors';
import { NATIONAL_CRISIS_LINES } from '@oneplan/plan';
import { SelfReportService } from './self-report.service.js';

/** HTTP status of each refusal a patient's page can get. */
const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.NotFound]: 404,
  [ErrorCode.LinkUsed]: 410,
  [ErrorCode.LinkExpired]: 410,
  [ErrorCode.RateLimited]: 429,
  [ErrorCode.ServiceUnavailable]: 503,
};

/** Nothing a patient's page reads or sends is cached, framed, or passed on as a referrer. */
const HEADERS = { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer', 'X-Content-Type-Options': 'nosniff' };

/**
 * What the self-report page calls, without sign-in: the link's token (in the body, never a URL) is the
 * credential. Each address has a small per-minute budget; refusals carry a stable code and no detail
 * of the record.
 */
@Controller('self-report')
export class SelfReportController {
  private readonly logger = new Logger(SelfReportController.name);

  constructor(
    private readonly limits: RequestRateLimits,
    private readonly service: SelfReportService,
  ) {}

  /** The questionnaires the link asks for. */
  @Post('form')
  form(@Req() req: Request, @Res() res: Response, @Body() body: { token?: unknown }) {
    return this.answer(req, res, () => this.service.form(body?.token));
  }

  /** The patient's answers; the crisis lines come back whenever PHQ-9 item 9 was above 0. */
  @Post('answers')
  submit(@Req() req: Request, @Res() res: Response, @Body() body: { token?: unknown; answers?: unknown }) {
    return this.answer(req, res, async () => {
      const { crisis } = await this.service.submit(body?.token, body?.answers);
      return { recorded: true, crisis, crisisLines: crisis ? NATIONAL_CRISIS_LINES : [] };
    });
  }

  private async answer(req: Request, res: Response, work: () => Promise<unknown>): Promise<void> {
    res.set(HEADERS);
    try {
      await this.limits.spendForSelfReport(req.ip ?? 'unknown');
      res.status(200).json(await work());
    } catch (failure) {
      const error = unavailableFor(failure) ?? failure;
      const requestId = String(req.id ?? '');
      if (!(error instanceof DomainError)) {
        this.logger.error({ requestId, err: { name: (error as Error)?.name } }, 'Self-report request failed');
        res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong: please try again', requestId } });
        return;
      }
      if (typeof error.details.retryAfterSeconds === 'number') res.set('retry-after', String(error.details.retryAfterSeconds));
      res.status(STATUS[error.code] ?? 400).json({ error: { code: error.code, message: error.message, ...error.details, requestId } });
    }
  }
}
