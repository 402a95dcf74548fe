import { describe, expect, test } from 'vitest';
import { setup } from '../helpers.js';
import { referencePrefix, REQUEST_KINDS, requestSkeleton } from '../../packages/language/src/index.js';

const { validate } = setup();

describe('"New request" skeletons', () => {
    test.each(REQUEST_KINDS.map(k => k.kind))('the %s skeleton parses; what is left to do shows as diagnostics', async kind => {
        const text = requestSkeleton({ reference: 'OTP-2026-0001', kind, state: "Côte d'Ivoire", date: '2026-11-22' });
        const result = await validate(text);
        expect(result.diagnostics.filter(d => d.code === 'syntax-error'), text).toEqual([]);
        expect(text).toContain(`to State "Côte d'Ivoire"`);
        // Placeholders (W-TODO, P-TODO...) are unresolved references the officer must replace.
        // One each, at the placeholder, and nothing else is left unresolved.
        const placeholders = [...text.matchAll(/\b[A-Z]-TODO\b/g)].map(m => result.document.textDocument.positionAt(m.index));
        const unresolved = result.diagnostics.filter(d => d.code === 'unresolved-reference');
        const inOrder = (positions: Array<{ line: number; character: number }>) => [...positions].sort((a, b) => a.line - b.line || a.character - b.character);
        expect(inOrder(unresolved.map(d => d.range.start))).toEqual(placeholders);
        for (const d of unresolved) expect(d.message).toMatch(/^No (warrant|judgment|record|person|decision|warrant, judgment, decision or record) named [A-Z]-TODO is declared in the workspace: declare it\b/);
        expect(result.diagnostics.filter(d => d.severity === 1).length, 'what is left to do').toBeGreaterThan(0);
    });

    test('a skeleton fills in no date of fact: the date of the crime and the return date are left for the officer, and the checks ask for them', async () => {
        const provisionalText = requestSkeleton({ reference: 'OTP-2026-0003', kind: 'provisional-arrest', state: 'Kenya', date: '2026-11-22' });
        expect(provisionalText).not.toContain('crime-date');
        const provisional = await validate(provisionalText);
        expect(provisional.diagnostics.filter(d => d.code === 'provisional-crime-date-missing').map(d => d.severity)).toEqual([2]);
        const transferText = requestSkeleton({ reference: 'OTP-2026-0004', kind: 'temporary-transfer', state: 'Kenya', date: '2026-11-22' });
        expect(transferText).not.toContain('return-by');
        const transfer = await validate(transferText);
        expect(transfer.diagnostics.filter(d => d.code === 'transfer-return-date-missing').map(d => d.severity)).toEqual([2]);
    });

    test('a skeleton chooses no Chamber and no situation for the officer: the checks ask for them, where an invented one was printed unchecked', async () => {
        for (const { kind } of REQUEST_KINDS) {
            const text = requestSkeleton({ reference: 'OTP-2026-0009', kind, state: 'Uganda', date: '2026-11-22' });
            expect(text, kind).not.toMatch(/situation|Pre-Trial Chamber/);
            const result = await validate(text);
            const codes = result.diagnostics.map(d => d.code);
            expect(codes, kind).toContain('request-situation-missing');
            const chamber = result.diagnostics.filter(d => d.code === 'request-chamber-unnamed');
            if (text.includes('from Chamber')) {
                const line = text.split('\n').findIndex(l => l.startsWith('  from Chamber ""'));
                expect(chamber.map(d => ({ message: d.message, range: d.range })), kind).toEqual([{
                    message: 'The request is made by a Chamber but does not name it: write `from Chamber "Pre-Trial Chamber II"`. (rule 176(2))',
                    range: { start: { line, character: 15 }, end: { line, character: 17 } }
                }]);
            } else {
                expect(chamber, kind).toEqual([]);
            }
        }
    });

    test('the assistance skeleton chooses no form of assistance for the officer unless given: the check asks for one, and the legal basis covers any', async () => {
        const text = requestSkeleton({ reference: 'OTP-2026-0010', kind: 'assistance', state: 'Kenya', date: '2026-11-22' });
        expect(text).toContain('  kind assistance\n');
        expect(text).toContain('  legal-basis art. 93(1), art. 96(1)\n');
        const codes = (await validate(text)).diagnostics.map(d => d.code);
        expect(codes).toContain('assistance-forms-missing');
        // The form the officer then names is covered by the legal basis.
        const named = (await validate(text.replace('kind assistance\n', 'kind assistance art. 93(1)(b)\n'))).diagnostics.map(d => d.code);
        expect(named).not.toContain('assistance-forms-missing');
        expect(named).not.toContain('assistance-legal-basis-mismatch');
        // Forms given by the caller are written in both.
        const given = requestSkeleton({ reference: 'OTP-2026-0011', kind: 'assistance', state: 'Kenya', date: '2026-11-22', forms: ['art. 93(1)(b)', 'art. 93(1)(i)'] });
        expect(given).toContain('  kind assistance art. 93(1)(b), art. 93(1)(i)\n');
        expect(given).toContain('  legal-basis art. 93(1)(b), art. 93(1)(i), art. 96(1)\n');
    });

    test('a skeleton states no national-law position for the officer: the checks ask for one (art. 91(2)(c), art. 96(2)(e))', async () => {
        const arrestText = requestSkeleton({ reference: 'OTP-2026-0005', kind: 'arrest-and-surrender', state: 'Kenya', date: '2026-11-22' });
        expect(arrestText).not.toContain('none-known');
        expect((await validate(arrestText)).diagnostics.filter(d => d.code === 'arrest-national-requirements-missing')).toHaveLength(1);
        const assistanceText = requestSkeleton({ reference: 'OTP-2026-0006', kind: 'assistance', state: 'Kenya', date: '2026-11-22' });
        expect(assistanceText).not.toContain('none-known');
        expect((await validate(assistanceText)).diagnostics.filter(d => d.code === 'assistance-national-requirements-missing')).toHaveLength(1);
    });

    test('the temporary-transfer skeleton asks for what art. 96(2) asks of any request under art. 93, as the assistance skeleton does', async () => {
        const clauses = (text: string) => text.split('\n').map(line => /^  ([a-z-]+)/.exec(line)?.[1]).filter(Boolean);
        const assistance = clauses(requestSkeleton({ reference: 'OTP-2026-0007', kind: 'assistance', state: 'Kenya', date: '2026-11-22' }));
        const transferText = requestSkeleton({ reference: 'OTP-2026-0008', kind: 'temporary-transfer', state: 'Kenya', date: '2026-11-22' });
        expect(clauses(transferText)).toEqual(expect.arrayContaining(assistance.filter(c => c !== 'kind')));
        expect(transferText).toContain('legal-basis art. 93(1)(f), art. 93(7), art. 96(1)');
        const codes = (await validate(transferText)).diagnostics.map(d => d.code);
        expect(codes).toEqual(expect.arrayContaining(['transfer-purpose-missing', 'assistance-grounds-missing', 'assistance-facts-missing', 'assistance-national-requirements-missing']));
        expect(codes).not.toContain('assistance-legal-basis-missing');
        expect(codes).not.toContain('assistance-legal-basis-mismatch');
    });

    // As examples/ files them: the Registry's REG- for a Chamber's request (a surrender and the transit of the person
    // surrendered included), the Office's OTP- for the Prosecutor's.
    test('a skeleton is a Chamber\'s request, transmitted by the Registrar, and numbered REG-, or the Prosecutor\'s and numbered OTP-', () => {
        const made = REQUEST_KINDS.map(({ kind }) => [kind, referencePrefix(kind, '2026'), requestSkeleton({ reference: 'X', kind, state: 'Kenya', date: '2026-11-22' }).split('\n')[2]]);
        expect(made).toEqual([
            ['arrest-and-surrender', 'REG-2026-', '  from Chamber "" transmitted-by Registrar'],
            ['surrender-of-convicted', 'REG-2026-', '  from Chamber "" transmitted-by Registrar'],
            ['provisional-arrest', 'REG-2026-', '  from Chamber "" transmitted-by Registrar'],
            ['assistance', 'OTP-2026-', '  from Prosecutor transmitted-by Office-of-the-Prosecutor'],
            ['transit', 'REG-2026-', '  from Chamber "" transmitted-by Registrar'],
            ['temporary-transfer', 'OTP-2026-', '  from Prosecutor transmitted-by Office-of-the-Prosecutor']
        ]);
    });

    // art. 87(6): an organisation is asked for information or documents, anything else under an agreement; it has no
    // channel of art. 87(1)(a) and no national law; the examples cite art. 87(6) and rule 176(4).
    test.each(REQUEST_KINDS.map(k => k.kind).filter(kind => kind !== 'transit'))('the %s skeleton to an organisation: its channel left to it, no national law, an agreement for anything but information or documents', async kind => {
        const text = requestSkeleton({ reference: 'OTP-2026-0012', kind, organisation: 'United Nations', date: '2026-11-22' });
        expect(text).toContain('\n  to organisation "United Nations" language English\n');
        expect(text).not.toMatch(/to State|via |national-requirements/);
        expect(text).toMatch(/\n {2}legal-basis art\. 87\(6\), .*, rule 176\(4\)\n/);
        expect(text.includes('\n  arrangement agreement R-TODO\n')).toBe(kind !== 'assistance');
        const result = await validate(text);
        const codes = result.diagnostics.map(d => d.code);
        expect(result.diagnostics.filter(d => d.code === 'syntax-error'), text).toEqual([]);
        for (const absent of ['channel-missing', 'clause-without-effect', 'organisation-agreement-missing', 'arrest-national-requirements-missing', 'assistance-national-requirements-missing',
            'assistance-legal-basis-mismatch', 'assistance-legal-basis-missing', 'transit-to-organisation']) {
            expect(codes, `${kind}: ${absent}`).not.toContain(absent);
        }
        expect(codes).toContain('organisation-channel-unverified');
        // The record of the agreement is a placeholder, as the warrant and the person are: to declare.
        if (kind !== 'assistance') expect(result.diagnostics.filter(d => d.code === 'unresolved-reference').map(d => d.message)).toContain('No record named R-TODO is declared in the workspace: declare it (`record R-TODO { ... }`).');
    });

    test('the syntax error of an unclosed string says what to do', async () => {
        const result = await validate('request OTP-2026-0002 {\n  purpose "never closed\n}');
        expect(result.diagnostics.find(d => d.code === 'syntax-error')?.message).toBe('This text is not closed: end it with a double quote ("); a double quote inside a text is written \\".');
    });
});
