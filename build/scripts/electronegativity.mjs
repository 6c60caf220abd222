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

const out = mkdtempSync(path.join(os.tmpdir(), 'lectern-electronegativity-'));
// SARIF, not CSV: its CSV writer races two unawaited writes (header and rows), and under load the
// header can land last and overwrite the first finding. SARIF is written in one go.
const report = path.join(out, 'report.sarif');
// AvailableSecurityFixesGlobalCheck compares the Electron version with releases fetched from GitHub:
// its answer changes from day to day, and Electron upgrades are tracked in TOOLCHAIN.md (42+ needs
// Node 22). The "no connectivity" and "translations" lines it prints offline are harmless.
const run = spawnSync(
  process.execPath,
  ['--require', path.join(root, 'build/security/typescript-4-for-electronegativity.cjs'), cli, '-i', 'electron', '-o', report, '-r', '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck'],
  { cwd: root, encoding: 'utf8' },
);
let sarif;
try {
  sarif = JSON.parse(readFileSync(report, 'utf8'));
} catch {
  console.error(`electronegativity: it did not produce a report (exit ${run.status}).\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
} finally {
  rmSync(out, { recursive: true, force: true });
}

const findings = (sarif.runs?.[0]?.results ?? []).map((result) => {
  const where = result.locations?.[0]?.physicalLocation;
  const uri = where?.artifactLocation?.uri ?? 'file:///';
  return {
    check: result.ruleId,
    level: result.level,
    // Global checks (the CSP one) have no file: the report says "file:///", the waivers "N/A".
    file: uri === 'file:///' ? 'N/A' : uri,
    location: `${where?.region?.startLine ?? 0}:${where?.region?.startColumn ?? 0}`,
  };
});
const isWaived = (finding) => waivers.some((waiver) => waiver.check === finding.check && waiver.file === finding.file && waiver.reason?.length > 20);
const open = findings.filter((finding) => !isWaived(finding));
const unused = waivers.filter((waiver) => !findings.some((finding) => finding.check === waiver.check && finding.file === waiver.file));

console.log(`electronegativity ${electronVersion ? `(Electron ${electronVersion})` : ''}: ${findings.length} finding(s), ${findings.length - open.length} waived with a reason, ${open.length} open.`);
for (const finding of findings) console.log(`  ${isWaived(finding) ? 'waived' : 'OPEN  '} ${finding.check} (${finding.level}) ${finding.file}:${finding.location}`);
for (const waiver of unused) console.log(`  note: the waiver for ${waiver.check} in ${waiver.file} matched nothing; remove it if the finding is gone.`);
if (open.length > 0) {
  console.error('electronegativity: fix the open finding(s) above, or waive each in build/security/electronegativity-waivers.json with the reason it is safe.');
  process.exit(1);
}
