import type { Actor } from '@oneplan/graphql';
import { ACCESS_RULES, type PatientRule, type ProgramRule } from './access-rules.js';
import { canSee, decideForPatient, decideForProgram, rolesOf } from './access-policy.js';
import type { Standing } from './access.repository.js';

const actor = (discipline: string, programId: string | null = 'program-1', organizationId = 'org-1'): Actor => ({ staffId: 'me', programId, organizationId, discipline });
const orgAdmin = (organizationId = 'org-1') => actor('ORGANIZATION_ADMIN', null, organizationId);
const standing = (patch: Partial<Standing> = {}): Standing => ({ targetId: 't', patientId: 'p', programId: 'program-1', ownerId: null, teamRoles: [], breakGlass: false, ...patch });
const patientRule = (name: string) => ACCESS_RULES[name] as PatientRule;
const programRule = (name: string) => ACCESS_RULES[name] as ProgramRule;

describe('access policy', () => {
  it("should derive a staff member's standing towards a patient", () => {
    expect(rolesOf(standing({ teamRoles: ['PRESCRIBER'] }), actor('PRESCRIBER'))).toEqual(['PRESCRIBER']);
    expect(rolesOf(standing(), actor('PROGRAM_ADMIN'))).toEqual(['PROGRAM_ADMIN']);
    expect(rolesOf(standing(), actor('PROGRAM_ADMIN', 'program-2'))).toEqual([]);
    expect(rolesOf(standing({ breakGlass: true }), actor('THERAPIST'))).toEqual(['BREAK_GLASS']);
    expect(rolesOf(standing(), actor('THERAPIST'))).toEqual(['OUTSIDER']);
    expect(canSee(standing(), actor('THERAPIST'))).toBe(false);
  });

  it('should answer NOT_FOUND for a patient the actor may not see, and FORBIDDEN for a role that may not act', () => {
    expect(decideForPatient(patientRule('patientPlan'), undefined, actor('THERAPIST'))).toMatchObject({ allowed: false, notFound: true });
    expect(decideForPatient(patientRule('patientPlan'), standing(), actor('THERAPIST'))).toMatchObject({ allowed: false, notFound: true, reason: 'not on the care team' });
    expect(decideForPatient(patientRule('recordMedicationChange'), standing({ teamRoles: ['PRIMARY_THERAPIST'] }), actor('THERAPIST'))).toMatchObject({ allowed: false, notFound: false });
    expect(decideForPatient(patientRule('recordMedicationChange'), standing({ teamRoles: ['PRESCRIBER'] }), actor('PRESCRIBER'))).toEqual({ allowed: true, breakGlass: false });
  });

  it('should mark emergency access, and let only authors amend their text', () => {
    expect(decideForPatient(patientRule('treatmentPlan'), standing({ breakGlass: true }), actor('THERAPIST'))).toEqual({ allowed: true, breakGlass: true });
    expect(decideForPatient(patientRule('treatmentPlan'), standing({ breakGlass: true, teamRoles: ['THERAPIST'] }), actor('THERAPIST'))).toEqual({ allowed: true, breakGlass: false });
    expect(decideForPatient(patientRule('amendClinicalNote'), standing({ teamRoles: ['THERAPIST'], ownerId: 'someone-else' }), actor('THERAPIST'))).toMatchObject({ allowed: false, notFound: false });
    expect(decideForPatient(patientRule('amendClinicalNote'), standing({ teamRoles: ['THERAPIST'], ownerId: 'me' }), actor('THERAPIST'))).toMatchObject({ allowed: true });
  });

  it("should keep program operations to the actor's own program and discipline", () => {
    expect(decideForProgram(programRule('createPatient'), { targetId: 'program-2', programId: 'program-2', organizationId: 'org-1', ownerId: null }, actor('PROGRAM_ADMIN'))).toMatchObject({
      allowed: false,
      notFound: true,
    });
    expect(decideForProgram(programRule('createPatient'), null, actor('PROGRAM_ADMIN'))).toMatchObject({ allowed: false, notFound: true });
    expect(decideForProgram(programRule('createPatient'), { targetId: 'program-1', programId: 'program-1', organizationId: 'org-1', ownerId: null }, actor('CASE_MANAGER'))).toMatchObject({
      allowed: false,
      notFound: false,
    });
    expect(decideForProgram(programRule('caseload'), { targetId: 'other', programId: 'program-1', organizationId: 'org-1', ownerId: 'other' }, actor('THERAPIST'))).toMatchObject({ allowed: false });
    expect(decideForProgram(programRule('caseload'), { targetId: 'other', programId: 'program-1', organizationId: 'org-1', ownerId: 'other' }, actor('PROGRAM_ADMIN'))).toMatchObject({
      allowed: true,
    });
    expect(decideForProgram(programRule('recordGroupAttendance'), { targetId: 'g', programId: 'program-1', organizationId: 'org-1', ownerId: 'someone' }, actor('GROUP_FACILITATOR'))).toMatchObject({
      allowed: false,
    });
    expect(decideForProgram(programRule('recordGroupAttendance'), { targetId: 'g', programId: 'program-1', organizationId: 'org-1', ownerId: 'me' }, actor('GROUP_FACILITATOR'))).toMatchObject({
      allowed: true,
    });
  });

  it("should give an organization admin a program admin's running of every program of their organization, and no patient", () => {
    const program2 = { targetId: 'program-2', programId: 'program-2', organizationId: 'org-1', ownerId: null };
    expect(decideForProgram(programRule('createStaffMember'), program2, orgAdmin())).toEqual({ allowed: true, breakGlass: false });
    expect(decideForProgram(programRule('createStaffMember'), program2, orgAdmin('org-2'))).toMatchObject({ allowed: false, notFound: true });
    expect(decideForProgram(programRule('createProgram'), undefined, orgAdmin())).toEqual({ allowed: true, breakGlass: false });
    expect(decideForProgram(programRule('createProgram'), undefined, actor('PROGRAM_ADMIN'))).toMatchObject({ allowed: false, notFound: false });
    expect(decideForProgram(programRule('createPatient'), program2, orgAdmin())).toMatchObject({ allowed: false, notFound: false });
    expect(decideForProgram(programRule('createStaffMember'), program2, actor('PROGRAM_ADMIN'))).toMatchObject({ allowed: false, notFound: true });
    // An organization admin's own staff record is of no program: no program admin reaches it.
    const orgAdminRecord = { targetId: 'oa', programId: null, organizationId: 'org-1', ownerId: 'oa' };
    expect(decideForProgram(programRule('setStaffActive'), orgAdminRecord, actor('PROGRAM_ADMIN'))).toMatchObject({ allowed: false, notFound: true });
    expect(rolesOf(standing(), orgAdmin())).toEqual([]);
    expect(decideForPatient(patientRule('patientPlan'), standing(), orgAdmin())).toMatchObject({ allowed: false, notFound: true });
    expect(decideForPatient(patientRule('breakTheGlass'), standing(), orgAdmin())).toMatchObject({ allowed: false, notFound: true });
  });
});
