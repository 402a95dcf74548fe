import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, expect, test } from 'vitest';

const bin = path.resolve(__dirname, '../../packages/cli/bin/rogatory.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-unbuilt-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// A clone where only `npm ci` ran has the command but not its compiled code (`out/` is not
// committed): one line and the usage exit code, which a CI gate does not read as "errors found".
test('the command without its compiled code says to build it, in one line, exit code 2', () => {
    fs.mkdirSync(path.join(dir, 'bin'));
    fs.copyFileSync(bin, path.join(dir, 'bin', 'rogatory.js'));
    fs.writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
    const result = spawnSync(process.execPath, [path.join(dir, 'bin', 'rogatory.js'), 'check', '.'], { cwd: dir, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^rogatory: not built \(Cannot find module '.*out\/main\.js'.*\): run `npm run build` in the repository first\.$/m);
    expect(result.stdout).toBe('');
});
