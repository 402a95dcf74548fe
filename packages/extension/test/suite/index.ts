import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { showcase } from './showcase.js';

/**
 * Entry point VS Code calls in the extension host (`extensionTestsPath`), under
 * @vscode/test-electron or in code-server's VS Code. Runs the mocha suite and writes the
 * results to $ROGATORY_TEST_RESULTS (JSON) when set, for a harness that reads them.
 */
export async function run(): Promise<void> {
    const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false });
    mocha.addFile(path.join(__dirname, 'extension.test.cjs'));
    const results: Array<{ title: string; state: string; error?: string; ms?: number }> = [];
    await new Promise<void>((resolve, reject) => {
        const runner = mocha.run(async failures => {
            const file = process.env.ROGATORY_TEST_RESULTS;
            if (file) fs.writeFileSync(file, JSON.stringify({ passed: results.filter(r => r.state === 'passed').length, failed: failures, results }, null, 2));
            // Screenshots for the README, before VS Code closes the test window.
            if (process.env.ROGATORY_SHOWCASE_DIR) await showcase(process.env.ROGATORY_SHOWCASE_DIR);
            failures > 0 ? reject(new Error(`${failures} extension test(s) failed`)) : resolve();
        });
        runner.on('pass', test => results.push({ title: test.fullTitle(), state: 'passed', ms: test.duration }));
        runner.on('fail', (test, error) => results.push({ title: test.fullTitle(), state: 'failed', error: String(error?.stack ?? error) }));
    });
}
