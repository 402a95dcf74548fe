import * as fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { setup } from '../helpers.js';

const { parse } = setup();

describe('messages quoting what the author wrote', () => {
    test('stay on one line and are shortened, however long the text quoted', async () => {
        await parse(fs.readFileSync('examples/declarations/surrender.rog', 'utf8'), { uri: 'file:///ws/declarations/surrender.rog' });
        const location = `Njiro area, Arusha,\n  where he has rented a house ${'near the market '.repeat(40)}`;
        const text = fs.readFileSync('examples/arrest-and-surrender/REG-2026-0101.rog', 'utf8')
            .replace(/location "[^"]*"/, `location "${location}"`);
        const document = await parse(text);
        const assessment = document.diagnostics!.find(d => d.code === 'arrest-location-assessment');
        expect(assessment?.message).toMatch(/\(probable location: "Njiro area, Arusha, where he has rented a house near the market near the market[a-z ]*…"\)/);
        expect(String(assessment?.message).length).toBeLessThan(400);
        for (const d of document.diagnostics!) expect(d.message, String(d.code)).not.toMatch(/\n/);
    });

    test('forms of assistance after another kind: what to write instead, for a transfer and for any other kind', async () => {
        const forms = async (kind: string) => (await parse(`request OTP-2026-0961 {\n  kind ${kind} art. 93(1)(b), art. 93(1)(i)\n  dated 2026-10-01\n}\n`))
            .diagnostics!.filter(d => d.code === 'forms-outside-assistance').map(d => [d.message, d.range.start.character, d.range.end.character]);
        expect(await forms('temporary-transfer')).toEqual([['Forms of assistance follow `kind assistance` only; after `kind temporary-transfer` art. 93(1)(b), art. 93(1)(i) would be neither checked nor sought: write `kind assistance art. 93(1)(b), art. 93(1)(i), art. 93(1)(f)` to seek them with the transfer, or remove them.', 26, 39]]);
        expect(await forms('transit')).toEqual([['Forms of assistance follow `kind assistance` only; after `kind transit` art. 93(1)(b), art. 93(1)(i) would be neither checked nor sought: remove them, and seek that assistance in a request of its own (`kind assistance ...`).', 15, 28]]);
        expect(await forms('assistance')).toEqual([]);
    });

    test('a suppression that silences nothing says so, unless the file was read only in part', async () => {
        const request = (extra: string) => `request OTP-2026-0962 {\n  kind transit\n  dated 2026-10-01\n  suppress assistance-grounds-missing "Stated elsewhere."\n${extra}}\n`;
        const unused = async (text: string) => (await parse(text)).diagnostics!.filter(d => d.code === 'suppression-unused').map(d => [d.message, d.range.start.line]);
        expect(await unused(request(''))).toEqual([['`suppress assistance-grounds-missing` silences nothing: this request does not break that rule (art. 96(2)(a)). Remove the clause.', 3]]);
        expect(await unused(request('  purpose "unclosed\n'))).toEqual([]);
    });
});
