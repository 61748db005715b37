import { renderAccessTables } from '@oneplan/access';

export const README_FILE = 'README.md';

const SECTION = /<!-- access-rules:start[^>]*-->[\s\S]*?<!-- access-rules:end -->/;

/** The README with its permission tables rendered afresh from the access rules. */
export function withAccessTables(readme: string): string {
  if (!SECTION.test(readme)) throw new Error('README.md has no access-rules markers');
  return readme.replace(SECTION, renderAccessTables());
}
