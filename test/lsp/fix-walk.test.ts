import * as fs from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { setup } from '../helpers.js';

const { services, parse, validate } = setup();

/**
 * What an officer new to the language gets from the editor alone: from the smallest request of each
 * kind, with the persons, warrants and records of examples/declarations/ in the workspace, apply the
 * preferred quick fix of the first error that has one (as Ctrl+. or "fix all" would), again and again,
 * until no error has one. Where the walk ends, the errors left are those only the officer can resolve:
 * a fact, a date, a name, a choice among values the request does not decide, a text to write
 * between the quotes a fix left empty. No fix adds what is already there (a loop).
 */
async function walk(start: string, name: string): Promise<{ text: string; left: Diagnostic[]; applied: string[] }> {
    let text = start;
    const seen = new Set([text]);
    const applied: string[] = [];
    // A request has some forty clauses: a walk of more steps adds something again and again.
    for (let step = 0; step < 40; step++) {
        const uri = `file:///ws/walk-${name}.rog`;
        const { document, diagnostics } = await validate(text, { uri });
        const errors = diagnostics.filter(d => d.severity === 1)
            .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
        let fix: CodeAction | undefined;
        for (const error of errors) {
            fix = (await fixesFor(document, error)).find(a => a.isPreferred);
            if (fix) {
                applied.push(`${error.code}: ${fix.title}`);
                break;
            }
        }
        services.shared.workspace.LangiumDocuments.deleteDocument(document.uri);
        if (!fix) return { text, left: errors, applied };
        text = TextDocument.applyEdits(document.textDocument, fix.edit!.changes![uri]);
        expect(seen.has(text), `a fix undoes or repeats an earlier one:\n${applied.join('\n')}\n${text}`).toBe(false);
        seen.add(text);
    }
    throw new Error(`the fixes do not end:\n${applied.slice(-3).join('\n')}`);
}

async function fixesFor(document: LangiumDocument, diagnostic: Diagnostic): Promise<CodeAction[]> {
    const params = { textDocument: { uri: document.textDocument.uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } };
    return ((await services.lsp.CodeActionProvider!.getCodeActions(document, params)) ?? []) as CodeAction[];
}

const request = (name: string, ...clauses: string[]) => `request ${name} {\n${clauses.map(c => `  ${c}\n`).join('')}}\n`;

/** What every request states that only the officer knows: its date, its addressee, the organ, its classification (unless a warrant or judgment gives it). */
const FACTS = ['request-date-missing', 'request-issuer-missing', 'request-situation-missing', 'request-addressee-missing', 'request-classification-missing'];

/**
 * Each kind twice: as typed first (`kind` alone), and with what the officer knows at once (the State,
 * the date, the warrant, judgment or person). `left`: the codes of the errors where the walk ends.
 */
const WALKS: ReadonlyArray<{ kind: string; bare: string; bareLeft: string[]; typed: string; typedLeft: string[]; added: string[] }> = [
    {
        kind: 'arrest-and-surrender',
        bare: request('REG-2026-0901', 'kind arrest-and-surrender'),
        bareLeft: [...FACTS, 'arrest-warrant-missing', 'arrest-person-sought-missing'],
        typed: request('REG-2026-0911', 'kind arrest-and-surrender', 'to State "Kenya"', 'dated 2026-11-22', 'warrant W-Kilonzo'),
        // the organ; a language among the three Kenya chose; where the person is (`location ""`).
        typedLeft: ['request-issuer-missing', 'language-missing', 'arrest-location-missing'],
        added: ['situation ICC-01/09 case ICC-01/09-01/26', 'classification under-seal', 'person P-Kilonzo as sought { location "" }',
            'national-requirements none-known', 'annex A1 "Copy of the warrant of arrest" { copy-of W-Kilonzo }']
    },
    {
        kind: 'provisional-arrest',
        bare: request('REG-2026-0902', 'kind provisional-arrest'),
        bareLeft: [...FACTS, 'provisional-person-sought-missing', 'provisional-warrant-or-judgment-missing',
            'provisional-urgency-missing', 'provisional-crimes-missing', 'provisional-facts-missing'],
        typed: request('REG-2026-0912', 'kind provisional-arrest', 'to State "Kenya"', 'dated 2026-11-22', 'warrant W-Kilonzo'),
        // The crimes are the warrant's (W-Kilonzo lists two: one a line).
        typedLeft: ['request-issuer-missing', 'language-missing', 'provisional-urgency-missing', 'provisional-location-missing',
            'provisional-facts-missing'],
        added: ['urgent ""', 'person P-Kilonzo as sought { location "" }', 'crimes "Murder as a crime against humanity (art. 7(1)(a))",', 'facts ""', 'surrender-request-will-follow']
    },
    {
        kind: 'surrender-of-convicted',
        bare: request('REG-2026-0903', 'kind surrender-of-convicted'),
        bareLeft: [...FACTS, 'convicted-judgment-missing', 'convicted-identification-missing'],
        typed: request('REG-2026-0913', 'kind surrender-of-convicted', 'to State "Democratic Republic of the Congo"', 'dated 2026-11-22', 'judgment J-Mbuyi'),
        typedLeft: ['request-issuer-missing', 'convicted-time-served-missing', 'language-missing', 'convicted-identification-missing'],
        added: ['situation ICC-01/04 case ICC-01/04-03/21', 'classification public', 'identification ""', 'annex A1 "Copy of the judgment of conviction" { copy-of J-Mbuyi }']
    },
    {
        kind: 'transit',
        bare: request('REG-2026-0904', 'kind transit'),
        bareLeft: [...FACTS, 'transit-person-description-missing', 'transit-warrant-missing', 'transit-facts-missing', 'transit-legal-characterization-missing'],
        typed: request('REG-2026-0914', 'kind transit', 'to State "Kenya"', 'dated 2026-11-22', 'warrant W-Traore'),
        typedLeft: ['request-issuer-missing', 'request-classification-missing', 'language-missing', 'transit-facts-missing', 'transit-legal-characterization-missing'],
        added: ['situation ICC-01/12 case ICC-01/12-01/26', 'person P-Traore as transported', 'facts ""', 'legal-characterization ""']
    },
    {
        kind: 'temporary-transfer',
        bare: request('OTP-2026-0905', 'kind temporary-transfer'),
        bareLeft: [...FACTS, 'transfer-person-missing', 'transfer-state-agreement-missing', 'transfer-purpose-missing'],
        typed: request('OTP-2026-0915', 'kind temporary-transfer', 'to State "Uganda"', 'dated 2026-11-22', 'person P-Mugisha as detained'),
        // Uganda's agreement and the person's consent are the records declared for them.
        typedLeft: ['request-issuer-missing', 'request-situation-missing', 'request-classification-missing', 'language-missing', 'transfer-purpose-missing'],
        added: ['person P-Mugisha as detained { consent R-Consent-Mugisha }', 'state-agreement R-Uganda-Transfer', 'purpose ""']
    },
    {
        kind: 'assistance art. 93(1)(c) (questioning)',
        bare: request('OTP-2026-0906', 'kind assistance art. 93(1)(c)'),
        bareLeft: FACTS,
        typed: request('OTP-2026-0916', 'kind assistance art. 93(1)(c)', 'to State "Kenya"', 'dated 2026-11-22', 'person P-Odhiambo as suspect'),
        // the rights notice of art. 55(2) is added whole.
        typedLeft: ['request-issuer-missing', 'request-situation-missing', 'request-classification-missing', 'language-missing'],
        added: ['person P-Odhiambo as suspect { rights-notice art. 55(2)(a), art. 55(2)(b), art. 55(2)(c), art. 55(2)(d) }']
    },
    {
        kind: 'assistance art. 93(1)(e) (witness)',
        bare: request('OTP-2026-0907', 'kind assistance art. 93(1)(e)'),
        bareLeft: FACTS,
        typed: request('OTP-2026-0917', 'kind assistance art. 93(1)(e)', 'to State "Kenya"', 'dated 2026-11-22', 'person P-Wanjiru as witness'),
        // the rule 190 instruction: in which of the witness's languages, and which annex, is the officer's to say.
        typedLeft: ['request-issuer-missing', 'request-situation-missing', 'request-classification-missing', 'language-missing',
            'assistance-self-incrimination-instruction-missing'],
        added: []
    },
    {
        kind: 'assistance art. 93(1)(k) (assets)',
        bare: request('OTP-2026-0908', 'kind assistance art. 93(1)(k)'),
        bareLeft: [...FACTS, 'assistance-assets-missing'],
        typed: request('OTP-2026-0918', 'kind assistance art. 93(1)(k)', 'to State "Kenya"', 'dated 2026-11-22'),
        typedLeft: ['request-issuer-missing', 'request-situation-missing', 'request-classification-missing', 'language-missing', 'assistance-assets-missing'],
        added: ['assets ""']
    },
    {
        kind: 'a State not party',
        bare: request('OTP-2026-0909', 'kind assistance art. 93(1)(i)', 'to State "United States of America"'),
        bareLeft: ['request-date-missing', 'request-issuer-missing', 'request-situation-missing', 'request-classification-missing', 'language-missing'],
        // the ad hoc arrangement recorded with the State.
        typed: request('OTP-2026-0919', 'kind assistance art. 93(1)(i)', 'to State "United States of America"', 'dated 2026-11-22'),
        typedLeft: ['request-issuer-missing', 'request-situation-missing', 'request-classification-missing', 'language-missing'],
        added: ['arrangement ad-hoc-arrangement R-ArrangementUS', 'via diplomatic-channel']
    },
    {
        kind: 'an organisation',
        bare: request('OTP-2026-0910', 'kind assistance art. 93(1)(b)', 'to organisation "United Nations"'),
        bareLeft: ['request-date-missing', 'request-issuer-missing', 'request-situation-missing', 'request-classification-missing'],
        // the agreement recorded with the organisation.
        typed: request('OTP-2026-0920', 'kind assistance art. 93(1)(b)', 'to organisation "United Nations"', 'dated 2026-11-22'),
        typedLeft: ['request-issuer-missing', 'request-situation-missing', 'request-classification-missing'],
        added: ['arrangement agreement R-UN-Cooperation']
    }
];

describe('the preferred quick fixes lead from the smallest request of each kind to the errors only the officer can resolve', () => {
    beforeAll(async () => {
        for (const f of ['addressee', 'assistance', 'common', 'surrender']) {
            await parse(fs.readFileSync(`examples/declarations/${f}.rog`, 'utf8'), { uri: `file:///ws/declarations/${f}.rog` });
        }
    });

    test.each(WALKS)('$kind', async ({ bare, bareLeft, typed, typedLeft, added }) => {
        for (const [start, left] of [[bare, bareLeft], [typed, typedLeft]] as const) {
            const end = await walk(start, 'x');
            expect(end.left.map(d => d.code), `${end.applied.join('\n')}\n${end.text}`).toEqual(left);
            if (start === typed) for (const line of added) expect(end.text).toContain(`\n  ${line}\n`);
            // A text a fix left empty says so where its quotes are, and is not added again.
            for (const d of end.left.filter(d => (d.data as { fillIn?: string }).fillIn)) {
                expect(d.message).toMatch(/fill in the empty quotes of `[a-z-]+ ""`/);
                expect(d.range.end.character - d.range.start.character).toBe(2);
            }
        }
    });
});
