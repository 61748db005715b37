import { Injectable } from '@nestjs/common';
import { CareTeamRepository, todayIn } from '@oneplan/care-team';
import { BadUserInputError, RuleViolationError } from '@oneplan/errors';
import type { Actor } from '@oneplan/graphql';
import { created, ImportedItemRepository, MAX_PENDING_IMPORTED_ITEMS, PlanService, PlanUnitOfWork, type RevisionDraft } from '@oneplan/plan';
import { PrismaErrorCode, prismaErrorCode, type PatientMatch, type Tx } from '@oneplan/prisma';
import { recordNumberSystem } from '../fhir-codes.js';
import { type PatientBundle, readPatientBundle } from './patient-bundle.js';
import type { ImportPatientBundleInput } from '../dto/patient-import.input.js';
import { PatientImportRepository } from './patient-import.repository.js';
import { matchPatient } from './patient-match.js';

/**
 * Takes a patient's record from an EHR into the program: the Bundle is read and validated whole before
 * anything is written; then, in one unit of work under the program's import lock, the patient is matched
 * (or registered), an episode and plan opened if none is, the other system's identifiers kept, and each
 * condition, medication and allergy stored as a draft for the team to confirm, with its source.
 */
@Injectable()
export class PatientImportService {
  constructor(
    private readonly careTeams: CareTeamRepository,
    private readonly imports: PatientImportRepository,
    private readonly items: ImportedItemRepository,
    private readonly plans: PlanService,
    private readonly work: PlanUnitOfWork,
  ) {}

  async importBundle(actor: Actor, input: ImportPatientBundleInput) {
    const bundle = await readPatientBundle(input.bundle);
    const programId = actor.programId!;
    const source = input.source?.trim() || bundle.source?.slice(0, 200) || 'unnamed system';
    const opened: RevisionDraft[] = [];
    let found: { patientId: string; matchedBy: PatientMatch } | undefined;
    const target = async (tx: Tx) => {
      await this.imports.lockProgram(tx, programId);
      found = await this.matchOrRegister(tx, programId, bundle, input.recordNumber?.trim() || null);
      const others = bundle.patient.identifiers.filter((identifier) => identifier.system !== recordNumberSystem(programId));
      await this.imports.addIdentifiers(tx, found.patientId, programId, others);
      const episode = (await this.careTeams.openEpisodeOf(found.patientId, tx)) ?? (await this.openEpisode(tx, found.patientId, programId));
      const plan = await this.imports.openPlanOf(tx, episode.id);
      if (plan) return plan.id;
      const made = await this.plans.createPlanIn(tx, actor, episode);
      opened.push(made.revision);
      return made.plan.id;
    };
    try {
      return await this.work.change(actor, target, async ({ tx, scope }) => {
        if ((await this.items.countPending(tx, scope.planId)) + bundle.items.length > MAX_PENDING_IMPORTED_ITEMS) {
          throw new RuleViolationError(`A plan holds at most ${MAX_PENDING_IMPORTED_ITEMS} imported drafts awaiting review: review the pending ones first`, 'bundle');
        }
        const { patientId, matchedBy } = found!;
        const record = await this.imports.create(tx, { patientId, programId, planId: scope.planId, source, bundleId: bundle.bundleId?.slice(0, 64) ?? null, matchedBy, importedById: actor.staffId });
        const items = await this.items.createMany(
          tx,
          bundle.items.map((item) => ({ ...item, importId: record.id, planId: scope.planId })),
        );
        const revisions = [
          ...opened,
          created('PatientImport', record.id, { source, matchedBy, items: items.length }, 'RECORDED'),
          ...items.map((item) => created('ImportedItem', item.id, { kind: item.kind, display: item.display, sourceReference: item.sourceReference }, 'RECORDED')),
        ];
        return { value: { patientId, planId: scope.planId, matchedBy, items, skipped: bundle.skipped }, revisions };
      });
    } catch (error) {
      if (prismaErrorCode(error) === PrismaErrorCode.UniqueConstraintFailed) throw new BadUserInputError('recordNumber', 'This record number is already used in the program');
      throw error;
    }
  }

  private async matchOrRegister(tx: Tx, programId: string, bundle: PatientBundle, recordNumber: string | null): Promise<{ patientId: string; matchedBy: PatientMatch }> {
    const matched = await matchPatient(tx, this.imports, programId, bundle.patient, recordNumber);
    if (!('register' in matched)) return matched;
    const number = recordNumber ?? bundle.patient.identifiers.find((identifier) => identifier.system === recordNumberSystem(programId))?.value;
    if (!number) throw new RuleViolationError('The patient is new to the program: give the record number the program assigns them (recordNumber)', 'recordNumber');
    const { firstName, lastName, dateOfBirth } = bundle.patient;
    const patient = await this.careTeams.createPatient({ programId, firstName, lastName, dateOfBirth, recordNumber: number }, tx);
    return { patientId: patient.id, matchedBy: 'REGISTERED' };
  }

  private async openEpisode(tx: Tx, patientId: string, programId: string) {
    const [program] = await this.careTeams.programsByIds([programId], tx);
    return this.careTeams.createEpisode({ patientId, programId, startDate: todayIn(program.timeZone) }, tx);
  }
}
