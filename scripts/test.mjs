// `npm test`: typecheck, the layers' dependency check, unit/integration/component tests, both builds,
// end-to-end tests in Chromium and Firefox, and web-ext lint. Runs every step, then prints one closing line with the totals.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reports = mkdtempSync(join(tmpdir(), 'unknot-test-'));
const results = [];

function step(name, command, args, { json } = {}) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const run = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  let passed = run.status === 0 ? 1 : 0;
  let failed = run.status === 0 ? 0 : 1;
  let failures = [];
  if (json && existsSync(json)) {
    const report = JSON.parse(readFileSync(json, 'utf8'));
    passed = report.numPassedTests;
    failed = report.numFailedTests + (run.status === 0 ? 0 : report.numFailedTests === 0 ? 1 : 0);
    failures = failedTests(report);
  }
  results.push({ name, ok: run.status === 0, passed, failed, failures });
  return run.status === 0;
}

/** Each failed test of a Vitest JSON report (or a file that failed to run): its file, full name and the first line of its error. */
function failedTests(report) {
  const firstLine = (text) => (text ?? '').split('\n')[0].slice(0, 300);
  return report.testResults.flatMap((file) => {
    const path = file.name.replace(process.cwd() + '/', '');
    const tests = file.assertionResults.filter((test) => test.status === 'failed');
    if (tests.length === 0 && file.status === 'failed') return [`${path}: ${firstLine(file.message)}`];
    return tests.map((test) => `${path} > ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
  });
}

const vitest = (name, config, file) =>
  step(name, 'npx', ['vitest', 'run', '-c', config, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`], {
    json: file,
  });

step('typecheck', 'npx', ['tsc', '--noEmit']);
// Imports point down the layers (.dependency-cruiser.cjs); pages/ is checked once that folder exists.
const layers = ['core', 'platform', 'components', 'pages', 'entrypoints'].filter((dir) => existsSync(dir));
step('dependency check', 'npx', ['depcruise', '--config', '.dependency-cruiser.cjs', ...layers]);
vitest('unit, integration and component tests', 'vitest.config.ts', join(reports, 'unit.json'));
const built = step('build both browsers', 'npm', ['run', '--silent', 'build']);
if (built) {
  vitest('end-to-end tests in Chromium and Firefox', 'vitest.e2e.config.ts', join(reports, 'e2e.json'));
  step('web-ext lint (Firefox build)', 'npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--warnings-as-errors=false']);
}

console.log('\n=== Summary');
for (const r of results) {
  console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}`);
  for (const failure of r.failures) console.log(`       ${failure}`);
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(results.every((r) => r.ok) && built ? 0 : 1);
