#!/usr/bin/env node
// `npm test`: the vitest suites, a type-check of the tests, then the extension's suite in a real VS Code. Installs
// what a fresh machine lacks (Debian packages, then code-server once), and ends with one
// line "N passed, N failed" over both.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';

const run = (command, args, options = {}) => spawnSync(command, args, { stdio: 'inherit', ...options });
let passed = 0, failed = 0;

const system = run('bash', ['scripts/ensure-system-packages.sh']);
if (system.status !== 0) failed++;

fs.mkdirSync('build', { recursive: true });
const vitest = run(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=build/vitest.json', ...process.argv.slice(2)]);
if (fs.existsSync('build/vitest.json')) {
    const report = JSON.parse(fs.readFileSync('build/vitest.json', 'utf8'));
    // A suite that fails to load has no tests: count it as a failure so it cannot pass unseen.
    const broken = report.testResults.filter(s => s.status === 'failed' && s.assertionResults.length === 0).length;
    passed += report.numPassedTests;
    failed += report.numFailedTests + broken;
    if (vitest.status !== 0 && report.numFailedTests + broken === 0) failed++;
} else {
    failed++;
}

// The tests are not part of the build: type-check them too (a test reading a field that no longer
// has that type passes in vitest, which strips types, and asserts nothing useful).
const types = run(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json']);
if (types.status === 0) passed++; else failed++;

if (process.env.ROGATORY_SKIP_EXTENSION_TESTS !== '1') {
    const extension = spawnSync(process.execPath, ['packages/extension/test/run-code-server.mjs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    process.stdout.write(extension.stdout ?? '');
    const summary = /^(\d+) passed, (\d+) failed$/m.exec(extension.stdout ?? '');
    if (summary) { passed += Number(summary[1]); failed += Number(summary[2]); }
    if (!summary || (extension.status !== 0 && Number(summary[2]) === 0)) failed++;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
