import { describe, expect, test } from 'vitest';
import { expectCompletion, expectHover } from 'langium/test';
import { setup } from '../helpers.js';

const { services, parse } = setup();

describe('hover', () => {
    test('on a provision reference: the verbatim text from the dossier', async () => {
        await parse('');
        await expectHover(services)({
            text: 'request OTP-2026-0001 { legal-basis art. 93(<|>1)(b) }',
            index: 0,
            hover: /^\*\*art\. 93\(1\)\(b\)\*\* — Other forms of cooperation · Rome Statute\n\n> \(b\) The taking of evidence, including testimony under oath, and the production of evidence, including expert opinions and reports necessary to the Court;$/
        });
    });

    test('on a person named in a request: what the declaration says that art. 98 and rule 193 turn on', async () => {
        await parse('person P-Envoy { name "An Envoy" official-of "Uganda" sending-state "Rwanda" description "Accredited diplomat." }', { uri: 'file:///ws/hover-person-98.rog' });
        await expectHover(services)({
            text: 'request OTP-2026-0048 { person P-En<|>voy as sought }',
            index: 0,
            hover: '**P-Envoy** — An Envoy\n\nofficial of Uganda (immunity: art. 98(1))\n\nsending State: Rwanda (consent to surrender: art. 98(2))\n\nAccredited diplomat.'
        });
    });

    test('on a rule the dossier could not verify: NOT VERIFIED, no text', async () => {
        await parse('');
        await expectHover(services)({
            text: 'request OTP-2026-0002 { legal-basis ru<|>le 179 }',
            index: 0,
            hover: /\*\*NOT VERIFIED\*\* — the text of this rule was not found in the reference dossier; it is not quoted\./
        });
    });

    test('on a citation of a provision outside the dossier: it exists, but its text is not in the dossier', async () => {
        await parse('');
        for (const [text, citation] of [['legal-basis art. 6<|>8', 'art. 68'], ['legal-basis ar<|>t. 68(1)', 'art. 68(1)'], ['kind assistance art. 93(1)(b), rule 7<|>4', 'rule 74'],
            ['costs art. 6<|>8 "Protective measures"', 'art. 68']]) {
            await expectHover(services)({
                text: `request OTP-2026-0046 {\n  ${text}\n}`, index: 0,
                hover: `**${citation}**\n\nThis provision exists, but its text is not in the reference dossier.`
            });
        }
    });

    test('on a State whose designation is partly verified: marked PARTLY VERIFIED, as the dossier marks it', async () => {
        await parse('designation for State "Ghana" { channel diplomatic-channel language English received 2020-01-01 verification partly-verified "language checked, channel not" source "Note of 2020" }',
            { uri: 'file:///ws/hover-designation-ghana.rog' });
        await expectHover(services)({
            text: 'request OTP-2026-0047 { dated 2026-11-22 to State "Gha<|>na" }',
            index: 0,
            hover: /\n\nDesignation \(art\. 87\(1\)\(a\), 87\(2\)\) — \*\*PARTLY VERIFIED\*\*: channel: diplomatic-channel; language: English/
        });
    });

    test("on a State: its dates labelled as the dossier marks them, the README's doubts included", async () => {
        await parse('');
        // Hungary: its withdrawal date verified as announced, its deposit date from the base dataset alone (partly verified, as
        // the README counts it); the README's doubt whether the withdrawal took effect is shown with it.
        await expectHover(services)({
            text: 'request OTP-2026-0005 { dated 2026-07-01 to State "Hun<|>gary" }',
            index: 0,
            hover: /\n\nRome Statute: instrument deposited 2001-11-30, in force 2002-07-01, withdrawal effective 2026-06-02 \(PARTLY VERIFIED\)\.\n\n_PARTLY VERIFIED:_ .*Dossier README, Doubts 1: whether the withdrawal took effect on 2 Jun 2026 is NOT VERIFIED either way/
        });
        // Ukraine: its dates verified; what the dossier doubts (the text of its art. 124 declaration) is not modelled.
        await expectHover(services)({
            text: 'request OTP-2026-0006 { dated 2026-07-01 to State "Ukr<|>aine" }',
            index: 0,
            hover: /\n\nRome Statute: instrument deposited 2024-10-25, in force 2025-01-01\.(\n|$)/
        });
    });

    test("on a State: its status on the request's date, codes, French and full names, designation", async () => {
        await parse('');
        await expectHover(services)({
            text: 'request OTP-2026-0003 { dated 2026-07-01 to State "Hun<|>gary" }',
            index: 0,
            hover: /^\*\*Hungary\*\* \(HU \/ HUN\) — Hongrie\n\nOn 2026-07-01: withdrawal effective 2026-06-02 \(art\. 127\)/
        });
        // The full name the note verbale's opening and closing formulas give it (iso-codes' official name).
        await expectHover(services)({
            text: 'request OTP-2026-0007 { dated 2026-11-22 to State "Ken<|>ya" }',
            index: 0,
            hover: /^\*\*Kenya\*\* \(KE \/ KEN\) — Kenya\n\nFull name: Republic of Kenya — République du Kenya\n\nOn 2026-11-22: /
        });
        await expectHover(services)({
            text: 'request OTP-2026-0004 { dated 2026-11-22 to State "Nor<|>way" }',
            index: 0,
            hover: /Designation \(art\. 87\(1\)\(a\), 87\(2\)\) — \*\*NOT VERIFIED\*\*: channel: designated-authority \(Royal Ministry of Justice\); language: English/
        });
    });

    test('on a State: the dates of states-parties.csv, marked as the dossier marks them', async () => {
        await parse('');
        await expectHover(services)({
            text: 'request OTP-2026-0040 { dated 2026-11-22 to State "Ken<|>ya" }',
            index: 0,
            hover: /\n\nRome Statute: instrument deposited 2005-03-15, in force 2005-06-01 \(NOT VERIFIED\)\.\n\n/
        });
        await expectHover(services)({
            text: 'request OTP-2026-0041 { dated 2026-11-22 to State "Buru<|>ndi" }',
            index: 0,
            hover: /\n\nRome Statute: instrument deposited 2004-09-21, in force 2004-12-01, withdrawal effective 2017-10-27\.\n\n/
        });
    });

    test('on an organisation, a record, a decision and a request referred to: what they declare', async () => {
        await parse('record R-Hover { type consultation dated 2026-10-05 State "Kenya" summary "Consultations with the Attorney General." }\n'
            + 'decision D-Hover { number ICC-01/09-01/26-7 dated 2026-09-01 by "Pre-Trial Chamber II" subject assurance summary "Safe conduct." }\n'
            + 'request OTP-2026-0042 { kind assistance dated 2026-10-01 to State "Kenya" title "Taking of testimony" }', { uri: 'file:///ws/hover-declarations.rog' });
        const request = (clause: string) => `request OTP-2026-0043 {\n  dated 2026-11-22\n  ${clause}\n}`;
        await expectHover(services)({
            text: request('to organisation "United Na<|>tions"'), index: 0,
            hover: '**United Nations** (UN) — Organisation des Nations Unies\n\nIntergovernmental organisation (art. 87(6))'
        });
        await expectHover(services)({
            text: request('national-requirements none-known consultation R-Ho<|>ver'), index: 0,
            hover: '**Record R-Hover** — consultation\n\ndated 2026-10-05, with Kenya\n\nConsultations with the Attorney General.'
        });
        await expectHover(services)({
            text: request('person P-X as witness { assurance D-Ho<|>ver }'), index: 0,
            hover: '**Decision (assurance) D-Hover**\n\nNo. ICC-01/09-01/26-7\n\ndated 2026-09-01 by Pre-Trial Chamber II\n\nSafe conduct.'
        });
        await expectHover(services)({
            text: request('follows OTP-2026-00<|>42'), index: 0,
            hover: '**Request OTP-2026-0042** — assistance\n\nto Kenya, dated 2026-10-01\n\nTaking of testimony'
        });
    });

    test('on an annex, referred to or declared: its title, classification and what it is', async () => {
        await parse('warrant W-Hover-Annex { number ICC-01/09-01/26-3 issued 2026-01-15 by "Pre-Trial Chamber II" }', { uri: 'file:///ws/hover-annex-declarations.rog' });
        const request = (instruction: string) => 'request OTP-2026-0044 {\n  dated 2026-11-22\n  classification confidential\n'
            + '  annex A1 "Copy of the warrant of arrest" { copy-of W-Hover-Annex language english classification under-seal }\n'
            + '  annex A2 "Rule 74 instruction" { file "annexes/rule-74.pdf" }\n'
            + `  person P-X as witness { self-incrimination-instruction Swahili annex ${instruction} }\n}`;
        await expectHover(services)({
            text: request('A<|>2'), index: 0,
            hover: '**Annex A2** — Rule 74 instruction\n\nAnnex to request OTP-2026-0044; classification: confidential (the request\'s).\n\nfile annexes/rule-74.pdf'
        });
        await expectHover(services)({
            text: request('A2').replace('annex A1', 'annex A<|>1'), index: 0,
            hover: '**Annex A1** — Copy of the warrant of arrest\n\nAnnex to request OTP-2026-0044; classification: under-seal.\n\ncopy of warrant of arrest W-Hover-Annex (No. ICC-01/09-01/26-3), in English'
        });
        await expectHover(services)({
            text: 'request OTP-2026-0045 {\n  annex A1 "Photographs"\n  person P-X as witness { self-incrimination-instruction Swahili annex A<|>1 }\n}', index: 0,
            hover: '**Annex A1** — Photographs\n\nAnnex to request OTP-2026-0045; classification: not stated.'
        });
        // In a request the parser read without its reference (`request {`): no "undefined" (found by rendering fuzzed requests).
        await expectHover(services)({
            text: 'request {\n  annex A<|>1 "Photographs"\n}', index: 0,
            hover: '**Annex A1** — Photographs\n\nAnnex to a request without a reference; classification: not stated.'
        });
        await expectHover(services)({
            text: 'request {\n  classification public\n  annex A1 "Photographs" { classification confi<|>dential }\n}', index: 0,
            hover: '**CONFIDENTIAL** (French documents: CONFIDENTIEL)\n\nThe annex table of the request prints it for annex A1; the request\'s pages carry the request\'s own (PUBLIC).'
        });
    });

    test('on a competing request for extradition: the State\'s status on the date of the notification, without designation; the keyword, the check', async () => {
        const request = (clause: string) => `request REG-2017-0002 {\n  kind arrest-and-surrender\n  dated 2017-06-01\n  to State "Kenya"\n  ${clause}\n}`;
        await expectHover(services)({
            text: request('competing-extradition State "Buru<|>ndi" notified 2017-11-02 same-conduct'), index: 0,
            // The designation, which would follow, is not there: the Court makes the requesting State no request.
            hover: /\n\nOn 2017-11-02: withdrawal effective 2017-10-27 [^\n]*\n[\s\S]*\n\nRequests the extradition of the person for the same conduct \(art\. 90\(1\)\): not a State Party on the date of the notification\.$/
        });
        // Other conduct is art. 90(7)'s (90(1) speaks of the same conduct), whatever the requesting State's status.
        await expectHover(services)({
            text: request('competing-extradition State "Buru<|>ndi" notified 2017-11-02 other-conduct'), index: 0,
            hover: /\n\nRequests the extradition of the person for other conduct \(art\. 90\(7\), which does not turn on whether it is a State Party\)\.$/
        });
        await expectHover(services)({
            text: request('competing-extra<|>dition State "Burundi" notified 2017-11-02 same-conduct'), index: 0,
            hover: /^\*\*competing-extradition\*\* — a clause of a request, checked by:\n- `competing-request-check` \(art\. 90\), info: Checklist: the requested State notified/
        });
    });

    test('on a competing request under art. 93(9)(a): the State\'s status on the date of the notification, without designation; on art. 93(9)(b), the third State with its designation; the keywords, the checks', async () => {
        await parse('');
        const request = (clause: string) => `request OTP-2017-0002 {\n  kind assistance art. 93(1)(i)\n  dated 2017-06-01\n  to State "Kenya"\n  ${clause}\n}`;
        await expectHover(services)({
            text: request('competing-request State "Buru<|>ndi" notified 2017-11-02'), index: 0,
            hover: /\n\nOn 2017-11-02: withdrawal effective 2017-10-27 [^\n]*\n[\s\S]*\n\nMade a competing request, other than for surrender or extradition \(art\. 93\(9\)\(a\)\): not a State Party on the date of the notification\.$/
        });
        await expectHover(services)({
            text: request('competing-req<|>uest State "Burundi" notified 2017-11-02'), index: 0,
            hover: /^\*\*competing-request\*\* — a clause of a request, checked by:\n- `assistance-competing-request-check` \(art\. 93\(9\)\(a\)\), info: Checklist: the requested State notified a competing request/
        });
        // The Court directs its request to the third State (art. 93(9)(b)): its status on the request's date, and its designation.
        await expectHover(services)({
            text: request('under-control-of State "Buru<|>ndi" notified 2017-11-02'), index: 0,
            hover: /\n\nOn 2017-06-01: State Party since 2004-12-01[\s\S]*\n\n(Designation|No designation recorded)/
        });
        await expectHover(services)({
            text: request('under-control<|>-of organisation "United Nations" notified 2017-11-02'), index: 0,
            hover: /^\*\*under-control-of\*\* — a clause of a request, checked by:\n- `assistance-third-party-control-check` \(art\. 93\(9\)\(b\)\), info: Checklist: the requested State informed the Court/
        });
    });

    test('on a State without a recorded designation: rule 178(2) for a State Party, rule 179 (NOT VERIFIED) for a State not party', async () => {
        await parse('');
        await expectHover(services)({
            text: 'request OTP-2026-0007 { dated 2026-11-22 to State "Ke<|>nya" }',
            index: 0,
            hover: /\n\nNo designation recorded: a working language of the Court \(rule 178\(2\), art\. 50\(2\)\)\.$/
        });
        await expectHover(services)({
            text: 'request OTP-2026-0008 { dated 2026-11-22 to State "Su<|>dan" }',
            index: 0,
            hover: /\n\nNo designation recorded: the language of a request to a State not party is governed by rule 179, whose text is NOT VERIFIED in the reference dossier\.$/
        });
        // Withdrawn: a Part 9 request for proceedings commenced before the withdrawal took effect (art. 127(2)), or an invitation.
        await expectHover(services)({
            text: 'request OTP-2026-0009 { dated 2026-09-01 proceedings-commenced 2022-03-02 to State "Hun<|>gary" }',
            index: 0,
            hover: /No designation recorded: a working language of the Court/
        });
        await expectHover(services)({
            text: 'request OTP-2026-0010 { dated 2026-09-01 to State "Hun<|>gary" }',
            index: 0,
            hover: /No designation recorded: the language of a request to a State not party is governed by rule 179/
        });
    });
});

describe('completion of State names', () => {
    test('after to State "Ke: Kenya, with its status on the request date, replacing the whole string', async () => {
        await parse('');
        await expectCompletion(services)({
            text: 'request OTP-2026-0005 {\n  dated 2026-11-22\n  to State "Ke<|>"\n}',
            index: 0,
            assert: completions => {
                const kenya = completions.items.find(i => i.label === 'Kenya')!;
                expect(kenya.detail).toBe('State Party since 2005-06-01; dates NOT VERIFIED');
                expect(kenya.textEdit).toEqual({ range: { start: { line: 2, character: 11 }, end: { line: 2, character: 15 } }, newText: '"Kenya"' });
                expect(completions.items).toHaveLength(196);
            }
        });
    });

    test('a State declared in a workspace file without codes or French name: shown with what it has, not "undefined" (found by the fuzz test)', async () => {
        // Services of its own: the State declared here is not offered in the other tests.
        const own = setup();
        await own.parse('state "Atlantis" { deposited 2001-01-01 in-force 2001-04-01 }');
        await expectCompletion(own.services)({
            text: 'request OTP-2026-0009 {\n  dated 2026-11-22\n  to State "Atl<|>"\n}',
            index: 0,
            assert: completions => {
                const atlantis = completions.items.find(i => i.label === 'Atlantis')!;
                expect((atlantis.documentation as { value: string }).value).toBe('**Atlantis**\n\nOn 2026-11-22: State Party since 2001-04-01.');
                expect((completions.items.find(i => i.label === 'Kenya')!.documentation as { value: string }).value).toMatch(/^\*\*Kenya\*\* \(KE \/ KEN\) — Kenya\n\nOn 2026-11-22: /);
            }
        });
        await expectHover(own.services)({ text: 'request OTP-2026-0010 { dated 2026-11-22 to State "Atl<|>antis" }', index: 0, hover: /^\*\*Atlantis\*\*\n\nOn 2026-11-22: State Party since 2001-04-01\./ });
    });

    test('a text in quotes that goes on past a lone carriage return (a line break for the editor, not for the lexer): only its line is replaced', async () => {
        // The range of a completion is one line (LSP); an editor drops an item that spans two.
        await parse('');
        await expectCompletion(services)({
            text: 'request OTP-2026-0006 {\n  dated 2026-11-22\n  to organisation "United<|>\r  Nations"\n}',
            index: 0,
            assert: completions => {
                const un = completions.items.find(i => i.label === 'United Nations')!;
                expect(un.textEdit).toEqual({ range: { start: { line: 2, character: 18 }, end: { line: 2, character: 25 } }, newText: '"United Nations"' });
            }
        });
    });

    test('after to State with no quote typed yet: the name is inserted in quotes, as the grammar reads it', async () => {
        await parse('');
        await expectCompletion(services)({
            text: 'request OTP-2026-0007 {\n  dated 2026-11-22\n  to State <|>\n}',
            index: 0,
            assert: completions => {
                const kenya = completions.items.find(i => i.label === 'Kenya')!;
                expect(kenya.detail).toBe('State Party since 2005-06-01; dates NOT VERIFIED');
                expect(kenya.textEdit).toEqual({ range: { start: { line: 2, character: 11 }, end: { line: 2, character: 11 } }, newText: '"Kenya"' });
                expect(completions.items).toHaveLength(196);
            }
        });
        // A name begun without its quote is replaced whole, and only it (not the next clause's text).
        await expectCompletion(services)({
            text: 'person P-Nat { nationality Ou<|>ga }\nrequest OTP-2026-0008 {\n  to State Ke via designated-authority "Ministry"\n}',
            index: 0,
            assert: completions => {
                const uganda = completions.items.find(i => i.label === 'Uganda')!;
                expect(uganda.filterText).toBe('Uganda Ouganda UG UGA');
                expect(uganda.textEdit).toEqual({ range: { start: { line: 0, character: 27 }, end: { line: 0, character: 31 } }, newText: '"Uganda"' });
            }
        });
        // The sending State of art. 98(2) is a State's name too.
        await expectCompletion(services)({
            text: 'person P-Soldier { sending-state "Ken<|> }',
            index: 0,
            assert: completions => {
                const kenya = completions.items.find(i => i.label === 'Kenya')!;
                expect(kenya.textEdit).toEqual({ range: { start: { line: 0, character: 33 }, end: { line: 0, character: 37 } }, newText: '"Kenya"' });
            }
        });
    });

    test('organisations: inside quotes or not, the name is inserted in quotes; not in a text', async () => {
        await parse('');
        for (const [typed, from, to] of [['<|>', 18, 18], ['Uni<|>', 18, 21], ['"Uni<|>', 18, 22], ['"Uni<|>ted Nations"', 18, 34]] as const) {
            await expectCompletion(services)({
                text: `request OTP-2026-0009 {\n  dated 2026-11-22\n  to organisation ${typed} via diplomatic-channel\n}`,
                index: 0,
                assert: completions => {
                    const un = completions.items.find(i => i.label === 'United Nations');
                    expect(un?.textEdit, typed).toEqual({ range: { start: { line: 2, character: from }, end: { line: 2, character: to } }, newText: '"United Nations"' });
                    expect(un?.labelDetails?.description).toBe('UN');
                    expect(completions.items).toHaveLength(15);
                }
            });
        }
        await expectCompletion(services)({
            text: 'request OTP-2026-0009 {\n  facts "The State <|>\n}',
            index: 0,
            assert: completions => expect(completions.items).toEqual([])
        });
    });

    test('French names and ISO codes match; non-parties and withdrawals say so', async () => {
        await parse('');
        await expectCompletion(services)({
            text: 'request OTP-2026-0006 {\n  dated 2026-11-22\n  to State "<|>\n}',
            index: 0,
            assert: completions => {
                const germany = completions.items.find(i => i.label === 'Germany')!;
                expect(germany.filterText).toBe('"Germany "Allemagne "DE "DEU');
                expect(germany.textEdit).toEqual({ range: { start: { line: 2, character: 11 }, end: { line: 2, character: 12 } }, newText: '"Germany"' });
                expect(completions.items.find(i => i.label === 'United States of America')!.detail).toBe('non-party State: cooperation by invitation (art. 87(5))');
                expect(completions.items.find(i => i.label === 'Burundi')!.detail).toMatch(/^withdrawal effective 2017-10-27/);
            }
        });
    });

    test("the status is the State's on the request's date, not today's: Burundi was a State Party in 2016", async () => {
        await parse('');
        for (const typed of ['"Bur<|>"', '<|>']) {
            await expectCompletion(services)({
                text: `request OTP-2016-0001 {\n  dated 2016-01-05\n  to State ${typed}\n  language English\n}`,
                index: 0,
                assert: completions => {
                    const burundi = completions.items.find(i => i.label === 'Burundi')!;
                    expect(burundi.detail, typed).toBe('State Party since 2004-12-01');
                    expect((burundi.documentation as { value: string }).value, typed).toContain('On 2016-01-05: State Party since 2004-12-01.');
                }
            });
        }
    });

    test('after competing-extradition State: the States, with their status on the date of the notification once written (art. 90)', async () => {
        await parse('');
        // Burundi's withdrawal took effect on 2017-10-27: a State Party on the request's date, not on the notification's.
        await expectCompletion(services)({
            text: 'request REG-2017-0001 {\n  kind arrest-and-surrender\n  dated 2017-06-01\n  competing-extradition State "Bur<|>" notified 2017-11-02 same-conduct\n}',
            index: 0,
            assert: completions => {
                const burundi = completions.items.find(i => i.label === 'Burundi')!;
                expect(burundi.detail).toMatch(/^withdrawal effective 2017-10-27/);
                expect(burundi.textEdit).toEqual({ range: { start: { line: 3, character: 30 }, end: { line: 3, character: 35 } }, newText: '"Burundi"' });
                expect(completions.items).toHaveLength(196);
            }
        });
        // The date not written yet: the request's.
        await expectCompletion(services)({
            text: 'request REG-2017-0001 {\n  kind arrest-and-surrender\n  dated 2017-06-01\n  competing-extradition State <|>\n}',
            index: 0,
            assert: completions => {
                const burundi = completions.items.find(i => i.label === 'Burundi')!;
                expect(burundi.detail).toBe('State Party since 2004-12-01');
                expect(burundi.textEdit).toEqual({ range: { start: { line: 3, character: 30 }, end: { line: 3, character: 30 } }, newText: '"Burundi"' });
            }
        });
    });

    test('after competing-request State: the States, with their status on the date of the notification once written (art. 93(9)(a)); after under-control-of, the States and the organisations (art. 93(9)(b))', async () => {
        await parse('');
        await expectCompletion(services)({
            text: 'request OTP-2017-0001 {\n  kind assistance art. 93(1)(i)\n  dated 2017-06-01\n  competing-request State "Bur<|>" notified 2017-11-02\n}',
            index: 0,
            assert: completions => {
                const burundi = completions.items.find(i => i.label === 'Burundi')!;
                expect(burundi.detail).toMatch(/^withdrawal effective 2017-10-27/);
                expect(burundi.textEdit).toEqual({ range: { start: { line: 3, character: 26 }, end: { line: 3, character: 31 } }, newText: '"Burundi"' });
                expect(completions.items).toHaveLength(196);
            }
        });
        await expectCompletion(services)({
            text: 'request OTP-2017-0001 {\n  kind assistance art. 93(1)(i)\n  dated 2017-06-01\n  under-control-of State "Bur<|>" notified 2017-11-02\n}',
            index: 0,
            assert: completions => {
                const burundi = completions.items.find(i => i.label === 'Burundi')!;
                // The third State, to which the Court directs its request: its status on the request's date.
                expect(burundi.detail).toBe('State Party since 2004-12-01');
                expect(burundi.textEdit).toEqual({ range: { start: { line: 3, character: 25 }, end: { line: 3, character: 30 } }, newText: '"Burundi"' });
            }
        });
        await expectCompletion(services)({
            text: 'request OTP-2017-0001 {\n  kind assistance art. 93(1)(i)\n  dated 2017-06-01\n  under-control-of organisation "Uni<|>\n}',
            index: 0,
            assert: completions => {
                const un = completions.items.find(i => i.label === 'United Nations');
                expect(un?.textEdit).toEqual({ range: { start: { line: 3, character: 32 }, end: { line: 3, character: 36 } }, newText: '"United Nations"' });
                expect(completions.items).toHaveLength(15);
            }
        });
    });

    test('a name typed without its accents matches: Cote d\'Ivoire, Turkiye, Etats-Unis, Organisation des Etats americains', async () => {
        await parse('');
        await expectCompletion(services)({
            text: 'request OTP-2026-0010 {\n  dated 2026-11-22\n  to State "Cote<|>"\n}',
            index: 0,
            assert: completions => {
                const filter = (label: string) => completions.items.find(i => i.label === label)!.filterText;
                // The editor compares letters as they are: each name also without its accents, once.
                expect(filter("C\u00f4te d'Ivoire")).toBe('"C\u00f4te d\'Ivoire "Cote d\'Ivoire "CI "CIV');
                expect(filter('T\u00fcrkiye')).toBe('"T\u00fcrkiye "Turkiye "TR "TUR');
                expect(filter('United States of America')).toBe('"United States of America "\u00c9tats-Unis d\'Am\u00e9rique "Etats-Unis d\'Amerique "US "USA');
                expect(filter('Kenya')).toBe('"Kenya "KE "KEN');
            }
        });
        await expectCompletion(services)({
            text: 'request OTP-2026-0011 {\n  dated 2026-11-22\n  to organisation "Organisation des E<|>"\n}',
            index: 0,
            assert: completions => expect(completions.items.find(i => i.label === 'Organization of American States')!.filterText)
                .toBe('"Organization of American States "Organisation des \u00c9tats am\u00e9ricains "Organisation des Etats americains "OAS')
        });
    });
});

describe('completion of a State or an organisation a workspace file declares again (state-declared-twice)', () => {
    test('each name once, the library\'s, with its Rome Statute status; a State the library lacks, once however many files declare it', async () => {
        // Services of their own: the declarations below would be in every other test's workspace.
        const own = setup();
        await own.parse('state "Kenya" {\n  iso KE KEN\n  french "Kenya"\n  un member\n}\norganisation "African Union" { abbreviation "AU" }\nstate "Utopia" { iso XU XUT french "Utopie" un member }');
        await own.parse('state "Utopia" { iso XU XUT french "Utopie" un member }');
        await expectCompletion(own.services)({
            text: 'request OTP-2026-0009 {\n  dated 2026-11-22\n  to State "<|>"\n}',
            index: 0,
            assert: completions => {
                const kenya = completions.items.filter(i => i.label === 'Kenya');
                expect(kenya).toHaveLength(1);
                expect(kenya[0].detail).toBe('State Party since 2005-06-01; dates NOT VERIFIED');
                expect(completions.items.filter(i => i.label === 'Utopia')).toHaveLength(1);
                expect(completions.items).toHaveLength(197);
            }
        });
        await expectCompletion(own.services)({
            text: 'request OTP-2026-0009 {\n  dated 2026-11-22\n  to organisation "<|>"\n}',
            index: 0,
            assert: completions => {
                expect(completions.items.filter(i => i.label === 'African Union')).toHaveLength(1);
                expect(completions.items.find(i => i.label === 'African Union')!.labelDetails).toEqual({ description: 'AU' });
            }
        });
    });
});

describe('inside the first of a clause written twice (duplicate-clause), which the request does not keep', () => {
    // Found by the fuzz test (seed 22): its node had no container, and completion there failed with
    // "AST node has no document" (logged, no item), hover showed nothing.
    // Each its own record (the helpers' documents stay in the workspace, and a name declared twice is ambiguous).
    const text = (record: string, cursor: string) => `record ${record} { type consultation dated 2026-09-20 State "Kenya" }\n`
        + `request OTP-2026-0953 {\n  direct-execution by-Prosecutor justification "Necessary." consultation ${cursor}\n`
        + `  direct-execution by-Prosecutor justification "Necessary." consultation ${record}\n}\n`;

    test('completion offers what the clause kept offers, hover says what it names', async () => {
        await parse('');
        await expectCompletion(services)({ text: text('R-Twice1', '<|>'), index: 0, assert: completions => expect(completions.items.map(i => i.label)).toContain('R-Twice1') });
        await expectHover(services)({ text: text('R-Twice2', 'R-Twi<|>ce2'), index: 0, hover: '**Record R-Twice2** — consultation\n\ndated 2026-09-20, with Kenya' });
    });

    test('the request keeps the second, the one reported as given again (its quick fix removes it, and the first is kept)', async () => {
        const document = await parse(text('R-Twice3', 'R-Twice3'));
        const request = document.parseResult.value.elements.find(e => e.$type === 'Request') as { directExecution?: { $cstNode?: { range: { start: { line: number } } } } };
        expect(request.directExecution?.$cstNode?.range.start.line).toBe(3);
        expect((document.diagnostics ?? []).filter(d => d.data?.code === 'duplicate-clause').map(d => d.range.start.line)).toEqual([3]);
    });
});
