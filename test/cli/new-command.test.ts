import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { rogatory, workspace } from '../cli-runner.js';

const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
const ISSUED = 'request OTP-2026-0007 {\n  dated 2026-03-01\n}\n';

describe('rogatory new', () => {
    test('writes the skeleton of the kind to the State named, numbered after the workspace\'s requests, into requests/', async () => {
        const dir = workspace({ 'old/OTP-2026-0007.rog': ISSUED, 'old/REG-2025-0100.rog': 'request REG-2025-0100 {\n  dated 2025-03-01\n}\n' });
        const result = await rogatory(dir, 'new', 'assistance', '--to', 'kenya', '--date', '2026-12-02');
        expect(result).toEqual({
            code: 0, out: 'requests/OTP-2026-0008.rog\n',
            err: 'OTP-2026-0008: a request of kind assistance to Kenya, to fill in; rogatory check requests/OTP-2026-0008.rog says what it still lacks\n'
        });
        const text = read(dir, 'requests/OTP-2026-0008.rog');
        expect(text.split('\n').slice(0, 7)).toEqual([
            'request OTP-2026-0008 {', '  kind assistance', '  from Prosecutor transmitted-by Office-of-the-Prosecutor',
            '  to State "Kenya" via diplomatic-channel language English', '  classification confidential', '  dated 2026-12-02',
            '  legal-basis art. 93(1), art. 96(1)'
        ]);
        expect(text).toMatch(/\n {2}status drafted 2026-12-02\n}\n$/);
        // A Chamber's request: REG-, numbered apart from the Prosecutor's (and the year's).
        expect((await rogatory(dir, 'new', 'Provisional-Arrest', '--to', 'KEN', '--date', '2026-12-02')).out).toBe('requests/REG-2026-0001.rog\n');
        expect(read(dir, 'requests/REG-2026-0001.rog')).toMatch(/^request REG-2026-0001 \{\n {2}kind provisional-arrest\n {2}from Chamber "" transmitted-by Registrar\n/);
    });

    test('the file written is a request the checks read: what it lacks, each finding citing its provision, and no syntax error', async () => {
        const dir = workspace({});
        await rogatory(dir, 'new', 'arrest-and-surrender', '--to', "Cote d'Ivoire", '--out', 'drafts/', '--date', '2026-12-02');
        expect(read(dir, 'drafts/REG-2026-0001.rog')).toContain('\n  to State "Côte d\'Ivoire" via diplomatic-channel language English\n');
        const { code, out } = await rogatory(dir, 'check', '--format', 'json', '--at', '2026-12-02', 'drafts');
        expect(code).toBe(1);
        const codes = (JSON.parse(out) as { diagnostics: Array<{ code: string }> }).diagnostics.map(d => d.code);
        expect(codes).toContain('arrest-location-missing');
        expect(codes).not.toContain('syntax-error');
    });

    test('to an intergovernmental organisation, by its name or abbreviation: the skeleton art. 87(6) asks for, which the checks read', async () => {
        const dir = workspace({});
        const result = await rogatory(dir, 'new', 'temporary-transfer', '--to', 'un', '--date', '2026-12-02');
        expect(result).toEqual({
            code: 0, out: 'requests/OTP-2026-0001.rog\n',
            err: 'OTP-2026-0001: a request of kind temporary-transfer to the United Nations, to fill in; rogatory check requests/OTP-2026-0001.rog says what it still lacks\n'
        });
        const text = read(dir, 'requests/OTP-2026-0001.rog');
        expect(text).toContain('\n  to organisation "United Nations" language English\n  classification confidential\n  dated 2026-12-02\n  arrangement agreement R-TODO\n');
        expect(text).not.toContain('national-requirements');
        const { out } = await rogatory(dir, 'check', '--format', 'json', '--at', '2026-12-02', 'requests');
        const codes = (JSON.parse(out) as { diagnostics: Array<{ code: string }> }).diagnostics.map(d => d.code);
        expect(codes).toEqual(expect.arrayContaining(['organisation-channel-unverified', 'transfer-purpose-missing']));
        for (const absent of ['syntax-error', 'channel-missing', 'clause-without-effect', 'assistance-national-requirements-missing']) expect(codes).not.toContain(absent);
    });

    test('to a State not party on the date: invited (art. 87(5)(a)), under its art. 12(3) declaration where it had lodged one', async () => {
        const dir = workspace({});
        await rogatory(dir, 'new', 'arrest-and-surrender', '--to', 'USA', '--date', '2026-12-02');
        const usa = read(dir, 'requests/REG-2026-0001.rog');
        // The arrangement is the officer's to choose: not written, asked for by the check, whose quick fix offers those recorded.
        expect(usa).toContain('\n  legal-basis art. 87(5)(a), art. 89(1), art. 91(2)\n');
        expect(usa).not.toContain('arrangement');
        // Ukraine before its ratification took effect (2025-01-01), as examples/non-party/ OTP-2024-0301 writes it.
        await rogatory(dir, 'new', 'assistance', '--to', 'Ukraine', '--date', '2024-06-03');
        const ukraine = read(dir, 'requests/OTP-2024-0001.rog');
        expect(ukraine).toContain('\n  dated 2024-06-03\n  arrangement declaration-12-3\n  legal-basis art. 12(3), art. 93(1), art. 96(1)\n');
        // A State Party, and one whose withdrawal had taken effect (which may still owe cooperation, art. 127(2)): as before.
        await rogatory(dir, 'new', 'assistance', '--to', 'Ukraine', '--date', '2026-12-02');
        await rogatory(dir, 'new', 'assistance', '--to', 'Burundi', '--date', '2026-12-02');
        for (const file of ['requests/OTP-2026-0001.rog', 'requests/OTP-2026-0002.rog']) {
            expect(read(dir, file)).toContain('\n  legal-basis art. 93(1), art. 96(1)\n');
            expect(read(dir, file)).not.toContain('arrangement');
        }
        const { out } = await rogatory(dir, 'check', '--format', 'json', '--at', '2026-12-02', 'requests');
        const findings = (JSON.parse(out) as { diagnostics: Array<{ code: string; file: string }> }).diagnostics;
        const codesOf = (file: string) => findings.filter(d => d.file.endsWith(file)).map(d => d.code);
        expect(codesOf('REG-2026-0001.rog')).toEqual(expect.arrayContaining(['non-party-basis-missing', 'non-party-invitation-wording']));
        expect(codesOf('OTP-2024-0001.rog')).not.toContain('non-party-basis-missing');
        expect(codesOf('OTP-2024-0001.rog')).not.toContain('non-party-declaration-missing');
        expect(codesOf('OTP-2026-0002.rog')).toContain('withdrawn-proceedings-missing');
        for (const codes of ['REG-2026-0001.rog', 'OTP-2024-0001.rog'].map(codesOf)) {
            for (const absent of ['syntax-error', 'request-legal-basis-mismatch', 'clause-without-effect']) expect(codes).not.toContain(absent);
        }
    });

    test('--root: the workspace numbered and written into, from outside it', async () => {
        const dir = workspace({ 'OTP-2026-0007.rog': ISSUED });
        const result = await rogatory(path.dirname(dir), 'new', 'assistance', '--to', 'Kenya', '--root', path.basename(dir), '--date', '2026-12-02');
        expect([result.code, result.out]).toEqual([0, `${path.basename(dir)}/requests/OTP-2026-0008.rog\n`]);
    });

    test('never writes over a file: exit 1, the file as it was', async () => {
        const dir = workspace({ 'mine.rog': '// my notes\n' });
        expect(await rogatory(dir, 'new', 'transit', '--to', 'France', '--out', 'mine.rog')).toEqual({
            code: 1, out: '', err: 'rogatory: mine.rog already exists: nothing written (give another --out or --reference)\n'
        });
        expect(read(dir, 'mine.rog')).toBe('// my notes\n');
        expect(fs.readdirSync(dir).sort()).toEqual(['.git', 'mine.rog']);
    });

    test('a State not in the built-in list, a reference taken or malformed, a kind or date that is none: one line, exit 2, nothing written', async () => {
        const dir = workspace({ 'OTP-2026-0007.rog': ISSUED });
        const refused = async (...args: string[]) => {
            const result = await rogatory(dir, 'new', ...args);
            expect(result.code, args.join(' ')).toBe(2);
            expect(result.err.split('\n').filter(Boolean), args.join(' ')).toHaveLength(1);
            return result.err.trim();
        };
        expect(await refused('transit', '--to', 'Kenia')).toBe('rogatory: no State or organisation named "Kenia" in the built-in list: did you mean "Kenya"?');
        expect(await refused('transit', '--to', 'Atlantis')).toBe('rogatory: no State or organisation named "Atlantis" in the built-in list (give its English or French name, its ISO code or its abbreviation)');
        expect(await refused('assistance', '--to', 'AU')).toBe('rogatory: "AU" names both the State Australia and the African Union: give the name in full');
        expect(await refused('transit', '--to', 'UN')).toBe('rogatory: a request for transit is made to the State through whose territory the person is transported (art. 89(3)(a)), not to the United Nations: give that State');
        expect(await refused('assistance', '--to', 'Kenya', '--reference', 'OTP-2026-0007')).toBe('rogatory: OTP-2026-0007 is already the reference of a request, in OTP-2026-0007.rog: give another (--reference)');
        expect(await refused('assistance', '--to', 'Kenya', '--reference', 'OTP 7', '--date', '2026-12-02')).toBe("rogatory: --reference 'OTP 7' is not a reference: letters, digits and hyphens, e.g. OTP-2026-0042");
        expect(await refused('assistance', '--to', 'Kenya', '--reference', 'request')).toBe("rogatory: --reference 'request' cannot be the name of a request: it is a word of the language");
        expect(await refused('assistance', '--to', 'Kenya', '--date', '02/12/2026')).toBe("rogatory: --date expects a date as YYYY-MM-DD, not '02/12/2026': 2026-12-02 or 2026-02-12?");
        expect(await refused('extradition', '--to', 'Kenya')).toMatch(/^rogatory: command-argument value 'extradition' is invalid for argument 'kind'\. Allowed choices are arrest-and-surrender, /);
        expect(await refused('transit')).toMatch(/--to <addressee>/);
        expect(fs.readdirSync(dir).sort()).toEqual(['.git', 'OTP-2026-0007.rog']);
    });
});
