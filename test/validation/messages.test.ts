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
});
