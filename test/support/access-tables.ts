import { readFileSync } from 'node:fs';

export interface AccessTable {
  columns: string[];
  rows: Array<{ operation: string; allowed: Record<string, boolean> }>;
}

/** Reads a permission table from the README: the tests are generated from the same table people read. */
export function readmeAccessTable(titleStart: string): AccessTable {
  const lines = readFileSync('README.md', 'utf8').split('\n');
  const title = lines.findIndex((line) => line.startsWith(`#### ${titleStart}`));
  if (title < 0) throw new Error(`README.md has no table titled "${titleStart}"`);
  const header = lines.findIndex((line, index) => index > title && (line.startsWith('| Operation') || line.startsWith('| Record')));
  const cells = (line: string) =>
    line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
  const columns = cells(lines[header]).slice(1);
  const rows = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const [operation, ...marks] = cells(line);
    rows.push({ operation: operation.replaceAll('`', ''), allowed: Object.fromEntries(columns.map((column, index) => [column, marks[index].startsWith('✓')])) });
  }
  return { columns, rows };
}
