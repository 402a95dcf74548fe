import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { rogatory, workspace } from '../cli-runner.js';

const REFUSED = 'huge.rog:1:1 error syntax-error File too large to be a request (629145600 bytes, limit 2000000 characters); it was not read.\n';

// A .rog file over 512 MB (a dump saved under the wrong name) cannot even be made a string: the CLI
// used to exit 2 with Node's "Cannot create a string longer than 0x1fffffe8 characters". It gets the
// diagnostic at 1:1 of every file too large to be a request, without being read.
describe('a .rog file of 600 MB', () => {
    test('check, register, format and build give the diagnostic at 1:1 and go on with the other files', async () => {
        const dir = workspace({ 'people.rog': 'person P-1 {\n  name "A. Person"\n}\n' });
        const huge = path.join(dir, 'huge.rog');
        fs.writeFileSync(huge, '');
        fs.truncateSync(huge, 600 * 1024 * 1024); // sparse: no disk used, nothing to read but zeros
        try {
            expect(await rogatory(dir, 'check', '.')).toEqual({ code: 1, out: REFUSED, err: '2 files checked: 1 error(s), 0 warning(s), 0 information item(s)\n' });
            const json = JSON.parse((await rogatory(dir, 'check', '--format', 'json', 'huge.rog')).out);
            expect(json.diagnostics).toEqual([{
                file: 'huge.rog', range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } }, severity: 'error', code: 'syntax-error', provision: null,
                message: 'File too large to be a request (629145600 bytes, limit 2000000 characters); it was not read.'
            }]);
            const register = await rogatory(dir, 'register', '.');
            expect(register.code).toBe(0);
            expect(register.err).toContain('rogatory: huge.rog: syntax errors: its requests may be missing from the register');
            expect(await rogatory(dir, 'format', '--check', '.')).toEqual({ code: 0, out: '', err: 'huge.rog: not formatted: it has syntax errors (see rogatory check)\n2 files read: 0 not formatted, 1 skipped\n' });
            const build = await rogatory(dir, 'build', 'huge.rog', '--out', 'out');
            expect([build.code, build.err]).toEqual([2, 'rogatory: no request to build in huge.rog: the files hold declarations only, or nothing\n']);
        } finally {
            fs.rmSync(huge);
        }
    });
});
