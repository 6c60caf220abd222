// Security gate: runs Electronegativity over electron/ and fails on any finding that is not waived,
// with a written reason, in build/security/electronegativity-waivers.json. Prints every finding.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { root } from './process-helpers.mjs';

const require = createRequire(import.meta.url);
const cli = path.join(path.dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js');
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const waivers = JSON.parse(readFileSync(path.join(root, 'build/security/electronegativity-waivers.json'), 'utf8')).waivers;

/** Splits CSV text into rows of fields (quoted fields may hold commas and doubled quotes). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field.trim());
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) field += c;
    else if (c === ',') endField();
    else if (c === '\n') endRow();
    else if (c !== '\r') field += c;
  }
  if (field || row.length) endRow();
  return rows.filter((r) => r.some((f) => f !== ''));
}

const out = mkdtempSync(path.join(os.tmpdir(), 'lectern-electronegativity-'));
const csv = path.join(out, 'report.csv');
// AvailableSecurityFixesGlobalCheck compares the Electron version with releases fetched from GitHub:
// its answer changes from day to day, and Electron upgrades are tracked in TOOLCHAIN.md (42+ needs
// Node 22). The "no connectivity" and "translations" lines it prints offline are harmless.
const run = spawnSync(
  process.execPath,
  ['--require', path.join(root, 'build/security/typescript-4-for-electronegativity.cjs'), cli, '-i', 'electron', '-o', csv, '-r', '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck'],
  { cwd: root, encoding: 'utf8' },
);
let report;
try {
  report = readFileSync(csv, 'utf8');
} catch {
  console.error(`electronegativity: it did not produce a report (exit ${run.status}).\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
} finally {
  rmSync(out, { recursive: true, force: true });
}

const [, ...rows] = parseCsv(report);
const findings = rows.map(([check, severity, confidence, file, location]) => ({ check, severity, confidence, file, location }));
const isWaived = (finding) => waivers.some((waiver) => waiver.check === finding.check && waiver.file === finding.file && waiver.reason?.length > 20);
const open = findings.filter((finding) => !isWaived(finding));
const unused = waivers.filter((waiver) => !findings.some((finding) => finding.check === waiver.check && finding.file === waiver.file));

console.log(`electronegativity ${electronVersion ? `(Electron ${electronVersion})` : ''}: ${findings.length} finding(s), ${findings.length - open.length} waived with a reason, ${open.length} open.`);
for (const finding of findings) console.log(`  ${isWaived(finding) ? 'waived' : 'OPEN  '} ${finding.check} ${finding.severity}/${finding.confidence} ${finding.file}:${finding.location}`);
for (const waiver of unused) console.log(`  note: the waiver for ${waiver.check} in ${waiver.file} matched nothing; remove it if the finding is gone.`);
if (open.length > 0) {
  console.error('electronegativity: fix the open finding(s) above, or waive each in build/security/electronegativity-waivers.json with the reason it is safe.');
  process.exit(1);
}
