import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { setup } from '../helpers.js';
import { allProvisions, checkProvision, formatProvisionForHover, lookupProvision, provisionGroups, provisionLabel } from '../../packages/language/src/index.js';

const dossier = (file: string) => fs.readFileSync(path.resolve(__dirname, '../../../shared/reference', file), 'utf8');
const { validate } = setup();

describe('the Statute and Rules structure', () => {
    test.each([
        ...'abcdef'.split('').map(l => `art. 96(2)(${l})`), ...'abcdefghijkl'.split('').map(l => `art. 93(1)(${l})`),
        'art. 87(1)(a)', 'art. 87(5)(a)', 'art. 87(5)(b)', ...'abcd'.split('').map(l => `art. 55(2)(${l})`),
        'art. 91(2)(a)', 'art. 91(2)(b)', 'art. 91(2)(c)', ...'abcd'.split('').map(l => `art. 92(2)(${l})`),
        'art. 93(10)(b)(ii)', 'art. 12(3)', 'art. 127(2)', 'rule 188', 'rule 176(2)', 'rule 180(2)'
    ])('%s exists', citation => {
        expect(checkProvision(citation).kind).toBe('ok');
    });

    test.each([
        ['art. 96(2)(g)', 'no-such-paragraph'], ['art. 93(1)(m)', 'no-such-paragraph'], ['rule 188(5)', 'no-such-paragraph'],
        ['art. 200', 'no-such-article'], ['rule 300', 'no-such-rule'], ['art. 68', 'outside-dossier'], ['rule 74', 'outside-dossier']
    ])('%s is %s', (citation, kind) => {
        expect(checkProvision(citation).kind).toBe(kind);
    });

    test('texts are verbatim from the dossier, continuation lines in their paragraph, no compiler notes', () => {
        expect(lookupProvision('art. 92(2)(d)')?.text).toBe('(d) A statement that a request for surrender of the person sought will follow.');
        expect(dossier('rome-statute-part9.md')).toContain('(d) A statement that a request for surrender of the person sought will follow.');
        expect(lookupProvision('art. 87(1)(a)')?.text).toMatch(/\nSubsequent changes to the designation shall be made by each State Party in accordance with the Rules of Procedure and Evidence\.$/);
        expect(lookupProvision('rule 188')?.text).toBe(dossier('rpe-part9.md').match(/^For the purposes of article 92, paragraph 3.*$/m)![0]);
        for (const entry of Object.values(allProvisions())) {
            expect(entry.text ?? '', entry.citation).not.toMatch(/NOTE:|\[A\]|\[B\]/);
            for (const line of (entry.text ?? '').split('\n')) expect(dossier(entry.citation.startsWith('art.') ? 'rome-statute-part9.md' : 'rpe-part9.md'), entry.citation).toContain(line);
        }
    });

    test('rules the dossier marks NOT VERIFIED carry no text and say so on hover', () => {
        for (const rule of [177, 179, 182, 183, 185, 186, 189, 194, 196, 197]) {
            const entry = lookupProvision(`rule ${rule}`)!;
            expect(entry.verified, `rule ${rule}`).toBe(false);
            expect(entry.text).toBeUndefined();
        }
        expect(formatProvisionForHover('rule 179')).toMatch(/\*\*NOT VERIFIED\*\* — the text of this rule was not found in the reference dossier; it is not quoted\./);
        expect(formatProvisionForHover('art. 93(1)(b)')).toMatch(/^\*\*art\. 93\(1\)\(b\)\*\* — Other forms of cooperation · Rome Statute\n\n> \(b\) The taking of evidence/);
    });

    test('a sub-rule of a rule marked NOT VERIFIED is not checked, and not reported as non-existent', async () => {
        // rule 176(5), verified, refers to "rule 177, sub-rule 2"; rule 177's text is NOT VERIFIED.
        expect(checkProvision('rule 177(2)')).toMatchObject({ kind: 'unverified', rule: { citation: 'rule 177' } });
        expect(checkProvision('rule 188(5)').kind).toBe('no-such-paragraph');
        const result = await validate('request OTP-2026-0001 {\n  legal-basis rule 176(5), rule 177(2)\n}');
        expect(result.diagnostics.filter(d => d.code === 'unknown-provision')).toEqual([]);
        const info = result.diagnostics.filter(d => d.code === 'provision-not-in-dossier');
        expect(info.map(d => [d.severity, d.message])).toEqual([[3,
            'rule 177(2): the text of rule 177 is NOT VERIFIED in the reference dossier, so its sub-rules are unknown; the citation was not checked.']]);
        expect(info[0].range).toEqual({ start: { line: 1, character: 27 }, end: { line: 1, character: 38 } });
        expect(formatProvisionForHover('rule 177(2)')).toBe('**rule 177(2)** — Channels of communication (title NOT VERIFIED) · Rules of Procedure and Evidence\n\n'
            + '**NOT VERIFIED** — the text of rule 177 was not found in the reference dossier; rule 177(2) is not quoted and could not be checked.');
    });

    test('a citation outside the dossier says what was not checked: the article, or its paragraphs', async () => {
        const result = await validate('request OTP-2026-0001 {\n  legal-basis art. 68, art. 68(1)\n}');
        expect(result.diagnostics.filter(d => d.code === 'provision-not-in-dossier').map(d => d.message)).toEqual([
            'art. 68 is not in the reference dossier: its text is not quoted and the citation was not checked.',
            'art. 68(1): the paragraphs of art. 68 are not in the reference dossier; the citation was not checked.'
        ]);
    });

    test('an article with lettered points and no numbered paragraphs has them directly (art. 97(b), art. 102(b))', () => {
        expect(checkProvision('art. 97(b)').kind).toBe('ok');
        expect(checkProvision('art. 102(b)').kind).toBe('ok');
        expect(checkProvision('art. 97(a)(b)')).toMatchObject({ kind: 'no-such-paragraph' });
        expect(lookupProvision('art. 97(c)')?.text).toMatch(/^\(c\) The fact that execution of the request in its current form/);
    });

    test('citations are localised for documents', () => {
        expect(provisionLabel('art. 93(1)(b)', 'en')).toBe('article 93(1)(b) of the Rome Statute');
        expect(provisionLabel('art. 93(1)(b)', 'fr')).toBe("l'article 93, paragraphe 1, alinéa b), du Statut de Rome");
        expect(provisionLabel('rule 188', 'fr')).toBe('la règle 188 du Règlement de procédure et de preuve');
    });

    test('in French a subdivision is set off by commas on both sides, in one citation as in several', () => {
        // "l'article 87, paragraphe 3 du Statut" (one) beside "les articles 89, paragraphe 1, et 91, paragraphe 2, du Statut" (several).
        expect(provisionLabel('art. 87(3)', 'fr')).toBe("l'article 87, paragraphe 3, du Statut de Rome");
        expect(provisionLabel('rule 176(4)', 'fr')).toBe('la règle 176, disposition 4, du Règlement de procédure et de preuve');
        expect(provisionLabel('art. 97', 'fr')).toBe("l'article 97 du Statut de Rome");
        expect(provisionGroups(['art. 89(1)', 'art. 91(2)'], 'fr')).toEqual(['les articles 89, paragraphe 1, et 91, paragraphe 2, du Statut de Rome']);
    });

    test('a legal basis citing a provision that does not exist is an error on that reference', async () => {
        const result = await validate('request OTP-2026-0001 {\n  legal-basis art. 96(2)(c), art. 96(2)(g)\n}');
        const unknown = result.diagnostics.filter(d => d.code === 'unknown-provision');
        expect(unknown).toHaveLength(1);
        expect(unknown[0].message).toBe('art. 96(2)(g) does not exist. It has: (a), (b), (c), (d), (e), (f).');
        expect(unknown[0].range).toEqual({ start: { line: 1, character: 29 }, end: { line: 1, character: 42 } });
    });
});
