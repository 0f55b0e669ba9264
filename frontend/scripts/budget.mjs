#!/usr/bin/env node
// Weighs the JavaScript the sign-in route loads — index.html's entry chunk, the sign-in
// page's lazy chunk, and every chunk they import statically (from dist/.vite/manifest.json)
// — and fails when it exceeds the budget, gzipped. Run after `npm run build`.
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = Number(process.env.BUDGET_KB ?? 350);
const ROUTE_MODULES = ['src/auth/SignInPage.tsx'];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`budget: ${manifestPath} not found; run \`npm run build\` first`);
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry && chunk.src === 'index.html');
if (!entry) {
  console.error('budget: no entry for index.html in the manifest');
  process.exit(2);
}
const starts = [entry[0], ...ROUTE_MODULES];
for (const key of ROUTE_MODULES) {
  if (!manifest[key]) {
    console.error(`budget: ${key} is not a chunk of its own; is it still loaded with React.lazy()?`);
    process.exit(2);
  }
}

const seen = new Set();
const visit = (key) => {
  if (seen.has(key)) return;
  seen.add(key);
  for (const child of manifest[key].imports ?? []) visit(child);
};
starts.forEach(visit);

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(8);
const rows = [];
const css = new Set();
for (const key of seen) {
  const chunk = manifest[key];
  const bytes = readFileSync(join(dist, chunk.file));
  rows.push({ file: chunk.file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  for (const file of chunk.css ?? []) css.add(file);
}
rows.sort((a, b) => b.gzip - a.gzip);

console.log(`JS loaded by the sign-in route (budget ${BUDGET_KB} KB gzipped):`);
console.log(`${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)}  file`);
for (const row of rows) console.log(`${kb(row.raw)} ${kb(row.gzip)}  ${row.file}`);
const raw = rows.reduce((sum, row) => sum + row.raw, 0);
const gzip = rows.reduce((sum, row) => sum + row.gzip, 0);
console.log(`${kb(raw)} ${kb(gzip)}  total (${rows.length} chunks)`);
for (const file of css) {
  const bytes = readFileSync(join(dist, file));
  console.log(`css: ${file} ${kb(gzipSync(bytes).length).trim()} KB gzipped`);
}

const all = Object.values(manifest).filter((chunk) => chunk.file.endsWith('.js'));
const everything = all.reduce((sum, chunk) => sum + gzipSync(readFileSync(join(dist, chunk.file))).length, 0);
console.log(`all JS of the app: ${(everything / 1024).toFixed(1)} KB gzipped in ${all.length} chunks`);

if (gzip > BUDGET_KB * 1024) {
  console.error(`budget: FAIL — the sign-in route loads ${(gzip / 1024).toFixed(1)} KB gzipped, over ${BUDGET_KB} KB`);
  process.exit(1);
}
console.log(`budget: OK — ${(gzip / 1024).toFixed(1)} KB of ${BUDGET_KB} KB`);
