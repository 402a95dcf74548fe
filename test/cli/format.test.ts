import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { rogatory, workspace } from '../cli-runner.js';

const MESSY = 'person   P-1 {   name "Amina"\n      born 1970-01-01 }\nwarrant W-1 { person P-1 }\n';
const TIDY = 'person P-1 {\n  name "Amina"\n  born 1970-01-01\n}\n\nwarrant W-1 {\n  person P-1\n}\n';

describe('rogatory format', () => {
    test('--check lists the files not in the house style, changes nothing and exits 1', async () => {
        const dir = workspace({ 'messy.rog': MESSY, 'tidy.rog': TIDY.replace(/P-1/g, 'P-2').replace('W-1', 'W-2') });
        const { code, out, err } = await rogatory(dir, 'format', '--check', '.');
        expect(code).toBe(1);
        expect(out.trim()).toBe('messy.rog');
        expect(err).toContain('2 files read: 1 not formatted, 0 skipped (`rogatory format` on it rewrites the whitespace in the house style)\n');
        expect(fs.readFileSync(path.join(dir, 'messy.rog'), 'utf8')).toBe(MESSY);
    });

    test('rewrites the file in the house style, keeping its permissions; then --check passes', async () => {
        const dir = workspace({ 'messy.rog': MESSY });
        fs.chmodSync(path.join(dir, 'messy.rog'), 0o600);
        expect((await rogatory(dir, 'format', '.')).code).toBe(0);
        expect(fs.readFileSync(path.join(dir, 'messy.rog'), 'utf8')).toBe(TIDY);
        expect(fs.statSync(path.join(dir, 'messy.rog')).mode & 0o777).toBe(0o600);
        expect(fs.readdirSync(dir).filter(f => f.endsWith('.tmp'))).toEqual([]);
        expect((await rogatory(dir, 'format', '--check', '.')).code).toBe(0);
    });

    test('keeps Windows line endings', async () => {
        const dir = workspace({ 'crlf.rog': MESSY.replace(/\n/g, '\r\n') });
        await rogatory(dir, 'format', '.');
        expect(fs.readFileSync(path.join(dir, 'crlf.rog'), 'utf8')).toBe(TIDY.replace(/\n/g, '\r\n'));
    });

    test('keeps a byte-order mark', async () => {
        const dir = workspace({ 'bom.rog': `\uFEFF${MESSY}`, 'tidy.rog': `\uFEFF${TIDY}` });
        expect((await rogatory(dir, 'format', '--check', 'tidy.rog')).code).toBe(0);
        await rogatory(dir, 'format', 'bom.rog');
        expect(fs.readFileSync(path.join(dir, 'bom.rog'), 'utf8')).toBe(`\uFEFF${TIDY}`);
    });

    test('leaves a file with syntax errors and a symbolic link as they are, and says why', async () => {
        const broken = 'person   P-3 { name "B" born }\n';
        const dir = workspace({ 'broken.rog': broken, 'target.rog': MESSY });
        fs.symlinkSync('target.rog', path.join(dir, 'link.rog'));
        const { code, err } = await rogatory(dir, 'format', 'broken.rog', 'link.rog');
        expect(code).toBe(0);
        expect(err).toContain('broken.rog: not formatted: it has syntax errors (see rogatory check)');
        expect(err).toContain('link.rog: not formatted: it is a symbolic link; format the file it points to');
        expect(fs.readFileSync(path.join(dir, 'broken.rog'), 'utf8')).toBe(broken);
        expect(fs.lstatSync(path.join(dir, 'link.rog')).isSymbolicLink()).toBe(true);
        expect(fs.readFileSync(path.join(dir, 'target.rog'), 'utf8')).toBe(MESSY);
    });

    test('leaves a read-only file as it is, and says so; --check still lists it', async () => {
        const dir = workspace({ 'locked.rog': MESSY });
        fs.chmodSync(path.join(dir, 'locked.rog'), 0o444);
        const { code, out, err } = await rogatory(dir, 'format', '.');
        expect(code).toBe(0);
        expect(out.trim()).toBe('');
        expect(err).toContain('locked.rog: not formatted: it is read-only');
        expect(err).toContain('1 file read: 0 formatted, 1 skipped');
        expect(fs.readFileSync(path.join(dir, 'locked.rog'), 'utf8')).toBe(MESSY);
        const check = await rogatory(dir, 'format', '--check', '.');
        expect([check.code, check.out.trim()]).toEqual([1, 'locked.rog']);
    });

    test('every example, valid and invalid, is in the house style', async () => {
        const { code, out } = await rogatory(process.cwd(), 'format', '--check', 'examples', 'examples/invalid');
        expect(out.trim()).toBe('');
        expect(code).toBe(0);
    });
});
