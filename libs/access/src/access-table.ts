import { ACCESS_RULES, PATIENT_ROLES, type PatientRule, PROGRAM_ROLES, type ProgramRule } from './access-rules.js';
import { NODE_RULES, NODE_TYPES } from './node-rules.js';

export const ACCESS_TABLES_START = '<!-- access-rules:start (npm run schema:emit writes this part) -->';
export const ACCESS_TABLES_END = '<!-- access-rules:end -->';

const CONDITION_NOTE: Record<string, string> = {
  author: '✓ own text',
  facilitator: '✓ own groups',
  self: '✓ own',
};

function row(operation: string, rule: PatientRule | ProgramRule, columns: readonly string[]): string {
  const cells = columns.map((role) => {
    const allowed = (rule.roles as readonly string[]).includes(role);
    if (!allowed) return '—';
    if (rule.condition === 'self') return role === 'PROGRAM_ADMIN' ? '✓' : CONDITION_NOTE.self;
    return rule.condition ? CONDITION_NOTE[rule.condition] : '✓';
  });
  return `| \`${operation}\` | ${cells.join(' | ')} |`;
}

function table(title: string, columns: readonly string[], rows: string[], heading = 'Operation'): string {
  return [`#### ${title}`, '', `| ${heading} | ${columns.join(' | ')} |`, `| --- | ${columns.map(() => ':-:').join(' | ')} |`, ...rows].join('\n');
}

/** Who reads each type of record by id: a patient's records by standing, a program's by discipline, one's own. */
function nodeRows(scope: 'patient' | 'program', columns: readonly string[]): string[] {
  return NODE_TYPES.flatMap((type) => {
    const rule = NODE_RULES[type];
    if (rule.scope === 'owner' && scope === 'program') return [`| \`${type}\` | ${columns.map(() => '✓ own').join(' | ')} |`];
    if (rule.scope !== scope) return [];
    const roles: readonly string[] = rule.roles;
    const cell = (role: string) => (!roles.includes(role) ? '—' : 'authorOnlyPrivate' in rule && rule.authorOnlyPrivate ? '✓ (SUD counseling: author only)' : '✓');
    return [`| \`${type}\` | ${columns.map(cell).join(' | ')} |`];
  });
}

/** The README's permission tables, rendered from ACCESS_RULES. */
export function renderAccessTables(): string {
  const rules = Object.entries(ACCESS_RULES).filter(([, rule]) => !rule.subscription);
  const patientRules = rules.filter((entry): entry is [string, PatientRule] => entry[1].scope === 'patient');
  const programRules = rules.filter((entry): entry is [string, ProgramRule] => entry[1].scope === 'program');
  return [
    ACCESS_TABLES_START,
    table(
      "A patient's record (columns: the actor's standing towards the patient today)",
      PATIENT_ROLES,
      patientRules.map(([operation, rule]) => row(operation, rule, PATIENT_ROLES)),
    ),
    '',
    table(
      "The program (columns: the actor's discipline in the program)",
      PROGRAM_ROLES,
      programRules.map(([operation, rule]) => row(operation, rule, PROGRAM_ROLES)),
    ),
    '',
    table("A patient's records by id: node, nodes, and records a revision or notification names (columns: standing)", PATIENT_ROLES, nodeRows('patient', PATIENT_ROLES), 'Record'),
    '',
    table("A program's records by id (columns: discipline in the record's program)", PROGRAM_ROLES, nodeRows('program', PROGRAM_ROLES), 'Record'),
    ACCESS_TABLES_END,
  ].join('\n');
}
