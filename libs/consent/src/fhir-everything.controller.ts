import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AccessGuard } from '@oneplan/access';
import { AuditTrail } from '@oneplan/audit';
import { BadUserInputError, DomainError, ErrorCode, type InvalidField } from '@oneplan/errors';
import { operationOutcomeOf } from '@oneplan/fhir';
import type { OnePlanRequest, RefusedOperation } from '@oneplan/graphql';
import { ConsentRecipientType, DisclosureCategory } from '@oneplan/prisma';
import { ConsentService } from './consent.service.js';

const FHIR_JSON = 'application/fhir+json; charset=utf-8';
const CATEGORIES = new Set<string>(Object.values(DisclosureCategory));
const RECIPIENT_TYPES = new Set<string>(Object.values(ConsentRecipientType));

/** exportPlan's arguments from the operation's query: recipientType, recipient, and category (repeated or comma-separated). */
function exportInput(patientId: string, query: Record<string, unknown>) {
  const invalid: InvalidField[] = [];
  const one = (name: string) => (typeof query[name] === 'string' ? (query[name] as string) : undefined);
  const recipientType = one('recipientType');
  const recipientName = one('recipient')?.trim();
  const categories = [query.category ?? []].flat().flatMap((value) => (typeof value === 'string' ? value.split(',') : [String(value)]));
  if (!recipientType || !RECIPIENT_TYPES.has(recipientType)) invalid.push({ field: 'recipientType', message: `recipientType must be one of ${[...RECIPIENT_TYPES].join(', ')}` });
  if (!recipientName || recipientName.length > 200) invalid.push({ field: 'recipient', message: 'recipient must name the recipient as on the consent (1-200 characters)' });
  if (categories.length === 0 || categories.length > 8 || categories.some((category) => !CATEGORIES.has(category))) {
    invalid.push({ field: 'category', message: `category must name 1 to 8 of ${[...CATEGORIES].join(', ')}` });
  }
  if (invalid.length) throw new BadUserInputError(invalid[0].field, invalid[0].message, invalid.slice(1));
  return { patientId, recipientType: recipientType as ConsentRecipientType, recipientName: recipientName!, categories: categories as DisclosureCategory[] };
}

/** The audit outcome of a failed export, as GraphQL's are recorded: reasons name the code and field, not input. */
function refusalOf(error: unknown): RefusedOperation {
  if (!(error instanceof DomainError)) return { responseKey: 'exportPlan', outcome: 'FAILED', reason: 'INTERNAL_SERVER_ERROR' };
  const refused = error.code === ErrorCode.Forbidden || error.code === ErrorCode.NotFound;
  const field = typeof error.details.field === 'string' ? ` (${error.details.field})` : '';
  return { responseKey: 'exportPlan', outcome: refused ? 'REFUSED' : 'FAILED', reason: error.code === ErrorCode.Forbidden ? error.message : `${error.code}${field}` };
}

/**
 * FHIR's Patient $everything over HTTP for systems that speak FHIR REST: the same disclosure as
 * exportPlan (its access rule, the consent that must cover the recipient and categories, the accounting
 * of disclosures, the audit trail), answered as a searchset Bundle, or an OperationOutcome with the
 * stable code. The front door has spent the rate budgets and signed the caller in by bearer token.
 */
@Controller('fhir')
export class FhirEverythingController {
  constructor(
    private readonly access: AccessGuard,
    private readonly audit: AuditTrail,
    private readonly service: ConsentService,
  ) {}

  @Get('Patient/:id/\\$everything')
  async everything(@Req() req: OnePlanRequest, @Res() res: Response, @Param('id') patientId: string, @Query() query: Record<string, unknown>): Promise<void> {
    try {
      const actor = await this.access.authorizeRoute(req, 'exportPlan', { input: { patientId } }, ['Patient', 'TreatmentPlan']);
      const { bundle } = await this.service.exportFhirBundle(actor, exportInput(patientId, query), 'searchset');
      await this.audit.flush(req);
      res.status(200).type(FHIR_JSON).send(JSON.stringify(bundle));
    } catch (error) {
      // The refusal is audited like a GraphQL operation's; if even that fails, the answer is the failure.
      const answer = await this.audit.flush(req, [refusalOf(error)]).then(
        () => error,
        (auditFailure: unknown) => auditFailure,
      );
      const { status, body } = operationOutcomeOf(answer, String(req.id ?? ''));
      res.status(status).type(FHIR_JSON).send(JSON.stringify(body));
    }
  }
}
