// Prints the size of what a browser loads for the web app (its page's scripts and styles, not the explorer's), after npm run build.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = 'dist/web';
const page = readFileSync(path.join(dir, 'index.html'), 'utf8');
const files = [...page.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]);
let raw = 0;
let gzip = 0;
for (const file of new Set(files)) {
  const content = readFileSync(path.join(dir, file));
  raw += content.length;
  gzip += gzipSync(content).length;
}
console.log(`Web app bundle: ${(raw / 1024).toFixed(0)} KB (${(gzip / 1024).toFixed(0)} KB gzip) in ${new Set(files).size} files`);
