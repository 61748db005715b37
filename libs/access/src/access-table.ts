import { ACCESS_RULES, type AccessRule, PATIENT_ROLES, type PatientRule, PROGRAM_ROLES, type ProgramRule } from './access-rules.js';

export const ACCESS_TABLES_START = '<!-- access-rules:start (npm run schema:emit writes this part) -->';
export const ACCESS_TABLES_END = '<!-- access-rules:end -->';

const CONDITION_NOTE: Record<string, string> = {
  author: '✓ own text',
  facilitator: '✓ own groups',
  self: '✓ own',
};

function row(operation: string, rule: AccessRule, columns: readonly string[]): string {
  const cells = columns.map((role) => {
    const allowed = (rule.roles as readonly string[]).includes(role);
    if (rule.condition === 'self') return role === 'PROGRAM_ADMIN' ? '✓' : CONDITION_NOTE.self;
    if (!allowed) return '—';
    return rule.condition ? CONDITION_NOTE[rule.condition] : '✓';
  });
  return `| \`${operation}\` | ${cells.join(' | ')} |`;
}

function table(title: string, columns: readonly string[], rules: Array<[string, AccessRule]>): string {
  return [
    `#### ${title}`,
    '',
    `| Operation | ${columns.join(' | ')} |`,
    `| --- | ${columns.map(() => ':-:').join(' | ')} |`,
    ...rules.map(([operation, rule]) => row(operation, rule, columns)),
  ].join('\n');
}

/** The README's permission tables, rendered from ACCESS_RULES. */
export function renderAccessTables(): string {
  const rules = Object.entries(ACCESS_RULES).filter(([, rule]) => !rule.subscription);
  const patientRules = rules.filter((entry): entry is [string, PatientRule] => entry[1].scope === 'patient');
  const programRules = rules.filter((entry): entry is [string, ProgramRule] => entry[1].scope === 'program');
  return [
    ACCESS_TABLES_START,
    table("A patient's record (columns: the actor's standing towards the patient today)", PATIENT_ROLES, patientRules),
    '',
    table("The program (columns: the actor's discipline in the program)", PROGRAM_ROLES, programRules),
    ACCESS_TABLES_END,
  ].join('\n');
}
