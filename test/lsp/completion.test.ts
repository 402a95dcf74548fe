import { describe, expect, test, vi } from 'vitest';
import { expectCompletion } from 'langium/test';
import type { CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver';
import { CompletionItemKind } from 'vscode-languageserver';
import { setup } from '../helpers.js';
import { ALL_RULES, requestSkeleton } from '../../packages/language/src/index.js';

const { services, parse } = setup();

const labels = (completions: CompletionList) => completions.items.map(i => i.label);
const item = (completions: CompletionList, label: string): CompletionItem => {
    const found = completions.items.find(i => i.label === label);
    expect(found, `no completion item ${label} in ${labels(completions).slice(0, 20).join(', ')}…`).toBeDefined();
    return found!;
};
const range = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });
const KINDS = ['arrest-and-surrender', 'surrender-of-convicted', 'provisional-arrest', 'assistance', 'transit', 'temporary-transfer'];

describe('completion of provisions of the Statute and the Rules', () => {
    test('after legal-basis: every provision of the dossier, articles first, with heading or first words', async () => {
        await parse('');
        await expectCompletion(services)({
            text: 'request OTP-2026-0010 {\n  legal-basis <|>\n}',
            index: 0,
            assert: completions => {
                expect(completions.items).toHaveLength(264);
                const sorted = [...completions.items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
                expect(sorted.slice(0, 3).map(i => i.label)).toEqual(['art. 12', 'art. 12(1)', 'art. 12(2)']);
                expect(sorted.at(-1)!.label).toBe('rule 197');
                // art. 50 comes between art. 12 and art. 55 whatever the dossier's order.
                expect(sorted.findIndex(i => i.label === 'art. 50')).toBeLessThan(sorted.findIndex(i => i.label === 'art. 55'));
                const b = item(completions, 'art. 93(1)(b)');
                expect(b.detail).toBe('The taking of evidence, including testimony under oath, and…');
                expect(b.labelDetails?.description).toBe('Other forms of cooperation');
                expect(b.textEdit).toEqual({ range: range(1, 14, 14), newText: 'art. 93(1)(b)' });
                expect((b.documentation as { value: string }).value).toContain('> (b) The taking of evidence, including testimony under oath');
                expect(item(completions, 'art. 93').detail).toBe('Other forms of cooperation');
                expect(item(completions, 'rule 176(2)').detail).toMatch(/^The Registrar shall transmit the requests for cooperation/);
                // Neither the bare keywords nor the clause keywords: only a provision can follow.
                expect(labels(completions)).not.toContain('art.');
                expect(labels(completions)).not.toContain('dated');
            }
        });
    });

    test('where only some provisions belong, they alone, first: forms of assistance, rights of art. 55(2), costs of art. 100(1)', async () => {
        await parse('');
        for (const [text, first] of [
            ['request OTP-2026-0012 {\n  kind assistance <|>\n}', ['art. 93(1)(a)', 'art. 93(1)(b)']],
            ['request OTP-2026-0012 {\n  kind assistance art. 93(1)(b), <|>\n}', ['art. 93(1)(a)', 'art. 93(1)(b)']],
            // art. 55(2) whole, all four rights, then each.
            ['request OTP-2026-0012 {\n  person P-1 as suspect { rights-notice <|> }\n}', ['art. 55(2)', 'art. 55(2)(a)']],
            ['request OTP-2026-0012 {\n  costs <|>\n}', ['art. 100(1)(a)', 'art. 100(1)(b)']],
            ['request OTP-2026-0012 {\n  legal-basis <|>\n}', ['art. 12', 'art. 12(1)']]
        ] as const) {
            await expectCompletion(services)({
                text, index: 0,
                assert: completions => {
                    const sorted = [...completions.items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
                    expect(sorted.slice(0, 2).map(i => i.label), text).toEqual(first);
                }
            });
        }
    });

    test('after legal-basis: first what the checks of the request\'s kind and forms ask it to cite, then the rest; typing still filters', async () => {
        await parse('');
        const sortedLabels = (completions: CompletionList) => [...completions.items].sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map(i => i.label);
        for (const [text, first] of [
            ['request OTP-2026-0014 {\n  kind assistance art. 93(1)(b), art. 93(1)(k)\n  legal-basis <|>\n}', ['art. 93(1)(b)', 'art. 93(1)(k)', 'art. 96(1)', 'art. 12']],
            ['request OTP-2026-0014 {\n  kind assistance\n  legal-basis art. 96(1), <|>\n}', ['art. 93(1)', 'art. 96(1)', 'art. 12']],
            ['request OTP-2026-0014 {\n  kind temporary-transfer\n  legal-basis <|>\n}', ['art. 93(1)(f)', 'art. 93(7)', 'art. 96(1)', 'art. 12']],
            ['request OTP-2026-0014 {\n  kind arrest-and-surrender\n  legal-basis <|>\n}', ['art. 89(1)', 'art. 91(2)', 'art. 12']],
            ['request OTP-2026-0014 {\n  kind transit\n  legal-basis a<|>\n}', ['art. 89(3)', 'art. 12']]
        ] as const) {
            await expectCompletion(services)({
                text, index: 0,
                assert: completions => {
                    expect(completions.items, text).toHaveLength(text.includes('a<|>') ? completions.items.length : 264);
                    expect(sortedLabels(completions).slice(0, first.length), text).toEqual(first);
                }
            });
        }
        await expectCompletion(services)({
            text: 'request OTP-2026-0014 {\n  kind assistance art. 93(1)(b)\n  legal-basis <|>\n}', index: 0,
            assert: completions => {
                expect(item(completions, 'art. 93(1)(b)').detail).toBe('The taking of evidence, including testimony under oath, and… — cited for kind assistance');
                expect(item(completions, 'art. 93(1)(a)').detail).not.toContain('cited for');
            }
        });
        // What is typed still narrows the list to the citations it begins.
        await expectCompletion(services)({
            text: 'request OTP-2026-0014 {\n  kind assistance art. 93(1)(b)\n  legal-basis art. 9<|>\n}', index: 0,
            assert: completions => {
                expect(sortedLabels(completions)[0]).toBe('art. 93(1)(b)');
                expect(completions.items.every(i => i.filterText === i.label)).toBe(true);
            }
        });
    });

    test('on a new line after a kind, the clauses, not the provisions the grammar lets follow the kind; a list goes on after a comma', async () => {
        await parse('');
        for (const kind of ['arrest-and-surrender', 'assistance']) {
            await expectCompletion(services)({
                text: `request OTP-2026-0013 {\n  kind ${kind}\n  <|>\n}`,
                index: 0,
                assert: completions => {
                    expect(labels(completions)).toContain('dated');
                    // Neither a citation nor the bare keywords `art.` and `rule`.
                    expect(labels(completions).filter(l => /^(?:art\.|rule)/.test(l)), kind).toEqual([]);
                }
            });
        }
        // `art.` typed, or a list whose line ends with a comma: the provisions.
        for (const text of ['request OTP-2026-0013 {\n  kind assistance\n  art.<|>\n}', 'request OTP-2026-0013 {\n  legal-basis art. 89(1),\n  <|>\n}']) {
            await expectCompletion(services)({ text, index: 0, assert: completions => expect(labels(completions), text).toContain('art. 93(1)(b)') });
        }
    });

    test('a rule the dossier could not verify is marked NOT VERIFIED, and its text is not quoted', async () => {
        await parse('');
        await expectCompletion(services)({
            text: 'request OTP-2026-0011 {\n  legal-basis rule 17<|>\n}',
            index: 0,
            assert: completions => {
                const rule179 = item(completions, 'rule 179');
                expect(rule179.detail).toBe('Language of requests directed to States not party to the Statute — title NOT VERIFIED, text NOT VERIFIED');
                expect((rule179.documentation as { value: string }).value).toMatch(/\*\*NOT VERIFIED\*\* — the text of this rule was not found/);
                expect(item(completions, 'rule 185').detail).toMatch(/ — text NOT VERIFIED$/);
                // What has been typed of the citation is replaced as a whole.
                expect(item(completions, 'rule 176(2)').textEdit).toEqual({ range: range(1, 14, 21), newText: 'rule 176(2)' });
            }
        });
    });

    test('inside a citation and after a comma in the list', async () => {
        await parse('');
        await expectCompletion(services)({
            text: 'request OTP-2026-0012 {\n  legal-basis art. 93(1)(b), art. 96(<|>\n}',
            index: 0,
            assert: completions => {
                expect((item(completions, 'art. 96(2)(a)').textEdit as TextEdit).range).toEqual(range(1, 29, 37));
                expect(completions.items).toHaveLength(264);
            }
        });
        await expectCompletion(services)({
            text: 'request OTP-2026-0013 {\n  legal-basis art. 93(1)(b), <|>\n}',
            index: 0,
            assert: completions => {
                expect((item(completions, 'art. 96(2)(a)').textEdit as TextEdit).range).toEqual(range(1, 29, 29));
            }
        });
    });

    test('inside brackets the editor closed as `(` was typed: the citation chosen replaces the `)` too', async () => {
        await parse('');
        for (const [text, from, to] of [
            ['request OTP-2026-0016 {\n  kind assistance art. 93(1)(<|>)\n}', 18, 30],
            ['request OTP-2026-0017 {\n  legal-basis art. 93(1)(b), art. 96(<|>)\n}', 29, 38],
            // In the middle of a citation already written: the rest of it, not what follows the citation.
            ['request OTP-2026-0018 {\n  legal-basis art. 93(<|>1)(b), art. 96(1)\n}', 14, 27]
        ] as const) {
            await expectCompletion(services)({
                text, index: 0,
                assert: completions => expect((item(completions, 'art. 93(1)(b)').textEdit as TextEdit).range, text).toEqual(range(1, from, to))
            });
        }
        // Nothing typed of a citation: nothing after the cursor is replaced.
        await expectCompletion(services)({
            text: 'request OTP-2026-0019 {\n  legal-basis art. 93(1)(b), <|>art. 96(1)\n}', index: 0,
            assert: completions => expect((item(completions, 'art. 96(2)(a)').textEdit as TextEdit).range).toEqual(range(1, 29, 29))
        });
    });

    test('after kind assistance: the forms of assistance, and the other clauses still', async () => {
        await parse('');
        await expectCompletion(services)({
            text: 'request OTP-2026-0014 {\n  kind assistance <|>\n}',
            index: 0,
            assert: completions => {
                expect(item(completions, 'art. 93(1)(k)').textEdit).toEqual({ range: range(1, 18, 18), newText: 'art. 93(1)(k)' });
                expect(labels(completions)).toEqual(expect.arrayContaining(['legal-basis', 'dated', 'person', 'suppress']));
                expect(labels(completions)).not.toContain('rule');
                // The forms of art. 93(1) come first, and no other provision: `kind assistance art. 12` is an error.
                const sorted = [...completions.items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
                expect(sorted[0].label).toBe('art. 93(1)(a)');
                expect(sorted.filter(i => i.kind === CompletionItemKind.Reference).map(i => i.label))
                    .toEqual('abcdefghijkl'.split('').map(l => `art. 93(1)(${l})`));
            }
        });
        // A letter on the next line may begin a citation or a clause.
        await expectCompletion(services)({
            text: 'request OTP-2026-0024 {\n  kind assistance\n  a<|>\n}',
            index: 0,
            assert: completions => {
                expect(labels(completions)).toEqual(expect.arrayContaining(['annex', 'arrangement', 'assets', 'art. 93(1)(a)']));
                expect(item(completions, 'art. 93(1)(a)').textEdit).toEqual({ range: range(2, 2, 3), newText: 'art. 93(1)(a)' });
            }
        });
        await expectCompletion(services)({
            text: 'request OTP-2026-0015 {\n  kind assistance art. 93(1)(b), art<|>\n}',
            index: 0,
            assert: completions => {
                expect(item(completions, 'art. 93(1)(l)').textEdit).toEqual({ range: range(1, 33, 36), newText: 'art. 93(1)(l)' });
                expect(labels(completions)).not.toContain('dated');
            }
        });
    });

    test('only the provisions valid after the clause: a temporary transfer\'s own form, none after another kind, art. 55(2)\'s rights, art. 100(1)\'s letters', async () => {
        await parse('');
        const cited = async (text: string) => {
            let found: string[] = [];
            await expectCompletion(services)({ text, index: 0, assert: completions => {
                found = completions.items.filter(i => i.kind === CompletionItemKind.Reference).map(i => i.label);
            } });
            return found;
        };
        expect(await cited('request OTP-2026-0019 {\n  kind temporary-transfer <|>\n}')).toEqual(['art. 93(1)(f)']);
        // Forms after another kind are `forms-outside-assistance`: no citation is offered, the clauses are.
        expect(await cited('request OTP-2026-0019 {\n  kind transit <|>\n}')).toEqual([]);
        expect(await cited('request OTP-2026-0019 {\n  kind transit art. <|>\n}')).toEqual([]);
        expect(await cited('request OTP-2026-0019 {\n  person P-1 as suspect { rights-notice <|> }\n}'))
            .toEqual(['art. 55(2)', 'art. 55(2)(a)', 'art. 55(2)(b)', 'art. 55(2)(c)', 'art. 55(2)(d)']);
        expect(await cited('request OTP-2026-0019 {\n  costs art. 100(<|>\n}')).toEqual('abcdef'.split('').map(l => `art. 100(1)(${l})`));
        // The clause nearest the cursor decides: a legal basis after the kind on the same line cites anything.
        expect(await cited('request OTP-2026-0019 {\n  kind assistance art. 93(1)(b) legal-basis <|>\n}')).toHaveLength(264);
    });

    test('on an empty line, the clauses the checks report missing come first, each with its rule, in the block they are missing from', async () => {
        await parse('person P-Miss { name "Missing Person" }\nwarrant W-Miss { number ICC-02/11-01/26-90 issued 2026-01-01 by "Pre-Trial Chamber II" person P-Miss crimes "c" facts "f" }');
        const first = async (text: string) => {
            let found: CompletionItem[] = [];
            await expectCompletion(services)({ text, index: 0, assert: completions => {
                found = completions.items.filter(i => i.sortText === '0~').sort((a, b) => a.label.localeCompare(b.label));
            } });
            return found;
        };
        // A request of kind transit with its date: what art. 89(3)(b) and every request still need.
        const transit = await first('request REG-2026-0040 {\n  kind transit\n  dated 2026-11-22\n  <|>\n}');
        expect(transit.map(i => i.label)).toEqual(['classification', 'facts', 'from', 'legal-characterization', 'person', 'situation', 'to', 'warrant']);
        expect(transit.find(i => i.label === 'facts')?.detail).toBe('missing: transit-facts-missing (art. 89(3)(b)(ii))');
        expect(transit.find(i => i.label === 'classification')?.detail).toBe('missing: request-classification-missing (art. 87(3))');
        // A provisional arrest: the statement that a request for surrender will follow (art. 92(2)(d)) is one of them.
        const provisional = await first('request REG-2026-0046 {\n  kind provisional-arrest\n  dated 2026-11-22\n  <|>\n}');
        expect(provisional.find(i => i.label === 'surrender-request-will-follow')?.detail).toBe('missing: provisional-surrender-statement-missing (art. 92(2)(d))');
        // A request to a State not party on its date: the basis on which it is invited to assist (art. 87(5)(a)).
        const nonParty = await first('request OTP-2024-0047 {\n  kind assistance art. 93(1)(b)\n  to State "Ukraine"\n  dated 2024-06-10\n  <|>\n}');
        expect(nonParty.find(i => i.label === 'arrangement')?.detail).toBe('missing: non-party-basis-missing (art. 87(5)(a))');
        // In the block of the person sought, the probable location; in an annex's, not the request's classification
        // (nor `copy-of`: the copy of the warrant is an annex of its own, which the quick fix adds).
        const arrest = (block: string) => `request REG-2026-0041 {\n  kind arrest-and-surrender\n  warrant W-Miss\n  person P-Miss as sought {\n    ${block === 'person' ? '<|>' : ''}\n  }\n  annex A1 "Map" {\n    ${block === 'annex' ? '<|>' : ''}\n  }\n}`;
        expect((await first(arrest('person'))).map(i => [i.label, i.detail])).toEqual([['location', 'missing: arrest-location-missing (art. 91(2)(a))']]);
        expect((await first(arrest('annex'))).map(i => i.label)).toEqual([]);
        // Nor a clause that would have no effect there (clause-without-effect): the State's agreement to a transfer, the
        // return date, outside a temporary transfer; a person's consent to a transfer outside one. A rights notice, stated
        // for anyone it names, is offered in any person's block.
        const labels = async (text: string) => {
            let found: string[] = [];
            await expectCompletion(services)({ text, index: 0, assert: completions => { found = completions.items.map(i => i.label); } });
            return found;
        };
        const outside = await labels('request REG-2026-0043 {\n  kind arrest-and-surrender\n  <|>\n}');
        expect(outside).toContain('dated');
        for (const clause of ['state-agreement', 'return-by', 'time-served', 'surrender-request-will-follow']) expect(outside).not.toContain(clause);
        const transfer = await labels('request REG-2026-0044 {\n  kind temporary-transfer\n  <|>\n}');
        expect(transfer).toEqual(expect.arrayContaining(['state-agreement', 'return-by']));
        // The requirements of the requested State's law (arts. 91(2)(c), 96(2)(e)): not in a request to an organisation, which has no national law.
        const toOrganisation = await labels('request OTP-2026-0046 {\n  kind assistance art. 93(1)(i)\n  to organisation "United Nations"\n  <|>\n}');
        expect(toOrganisation).toContain('other-information');
        expect(toOrganisation).not.toContain('national-requirements');
        expect(await labels('request OTP-2026-0047 {\n  kind assistance art. 93(1)(i)\n  to State "Kenya"\n  <|>\n}')).toContain('national-requirements');
        const person = (kind: string, role: string) => labels(`request REG-2026-0045 {\n  kind ${kind}\n  person P-Miss as ${role} {\n    <|>\n  }\n}`);
        expect(await person('assistance art. 93(1)(e)', 'witness')).not.toContain('consent');
        expect(await person('temporary-transfer', 'detained')).toContain('consent');
        expect(await person('assistance art. 93(1)(e)', 'witness')).toContain('rights-notice');
        expect(await person('assistance art. 93(1)(c)', 'suspect')).toEqual(expect.arrayContaining(['rights-notice', 'location']));
        // A clause written with its quotes empty is there: `facts ""` is not offered again.
        expect((await first('request REG-2026-0042 {\n  kind transit\n  facts ""\n  <|>\n}')).map(i => i.label)).not.toContain('facts');
    });

    test('in a rights notice and a cost item', async () => {
        await parse('person P-Comp-Rights { name "Rights Person" }');
        await expectCompletion(services)({
            text: 'request OTP-2026-0016 {\n  person P-Comp-Rights as witness { rights-notice <|> }\n}',
            index: 0,
            assert: completions => expect(item(completions, 'art. 55(2)(b)').textEdit).toEqual({ range: range(1, 50, 50), newText: 'art. 55(2)(b)' })
        });
        await expectCompletion(services)({
            text: 'request OTP-2026-0017 {\n  costs ar<|>\n}',
            index: 0,
            assert: completions => expect(item(completions, 'art. 100(1)(a)').textEdit).toEqual({ range: range(1, 8, 10), newText: 'art. 100(1)(a)' })
        });
    });

    test('not where no provision is expected: after a complete citation and a space, in a string or a comment, after a keyword being typed', async () => {
        await parse('');
        await expectCompletion(services)({
            text: 'request OTP-2026-0018 {\n  legal-basis art. 93(1)(b) <|>\n}',
            index: 0,
            assert: completions => {
                expect(labels(completions)).not.toContain('art. 93(1)(c)');
                expect(labels(completions)).toEqual(expect.arrayContaining(['dated', 'legal-basis']));
            }
        });
        await expectCompletion(services)({
            text: 'request OTP-2026-0019 {\n  purpose "under art<|>"\n}',
            index: 0,
            assert: completions => expect(labels(completions)).not.toContain('art. 93')
        });
        await expectCompletion(services)({
            text: 'request OTP-2026-0021 {\n  legal-basis "art<|>"\n}',
            index: 0,
            assert: completions => expect(labels(completions)).not.toContain('art. 93')
        });
        await expectCompletion(services)({
            text: 'request OTP-2026-0023 {\n  legal-basis "art<|>\n}',
            index: 0,
            assert: completions => expect(labels(completions)).not.toContain('art. 93')
        });
        await expectCompletion(services)({
            text: 'request OTP-2026-0022 {\n  legal-basis // art<|>\n  art. 93(1)(b)\n}',
            index: 0,
            assert: completions => expect(labels(completions)).not.toContain('art. 93')
        });
        await expectCompletion(services)({
            text: 'request OTP-2026-0020 {\n  legal-basi<|>\n}',
            index: 0,
            assert: completions => {
                expect(labels(completions)).toContain('legal-basis');
                expect(labels(completions)).not.toContain('art. 93');
            }
        });
    });
});

describe('completion of situation numbers', () => {
    test('after `situation`: the situations the dossier names, with the name their covers print', async () => {
        await parse('');
        await expectCompletion(services)({
            text: 'request OTP-2026-0012 {\n  situation <|>\n}',
            index: 0,
            assert: completions => {
                expect(completions.items).toHaveLength(17);
                const kenya = item(completions, 'ICC-01/09');
                expect(kenya.detail).toBe('SITUATION IN THE REPUBLIC OF KENYA');
                expect(kenya.textEdit).toEqual({ range: range(1, 12, 12), newText: 'ICC-01/09' });
                expect(item(completions, 'ICC-02/04').detail).toBe('SITUATION IN UGANDA');
            }
        });
        // What has been typed of the number is replaced; the name finds it too.
        await expectCompletion(services)({
            text: 'request OTP-2026-0013 {\n  situation ICC-0<|>\n}',
            index: 0,
            assert: completions => {
                expect(item(completions, 'ICC-01/12').textEdit).toEqual({ range: range(1, 12, 17), newText: 'ICC-01/12' });
                expect(item(completions, 'ICC-01/12').filterText).toBe('ICC-01/12 THE REPUBLIC OF MALI');
            }
        });
        // Typed up to its slash, the number is no token yet: still offered, replacing what was typed.
        await expectCompletion(services)({
            text: 'request OTP-2026-0014 {\n  situation ICC-01/<|>\n}',
            index: 0,
            assert: completions => {
                expect(completions.items).toHaveLength(17);
                expect(item(completions, 'ICC-01/09').textEdit).toEqual({ range: range(1, 12, 19), newText: 'ICC-01/09' });
            }
        });
    });

    test('after `case`: the cases the workspace knows, of the request\'s situation, with their titles', async () => {
        await parse('warrant W-Case { number ICC-01/09-01/24-7 issued 2024-01-05 by "Pre-Trial Chamber II" }\n'
            + 'judgment J-Case { number ICC-02/04-01/15-T dated 2021-02-04 by "Trial Chamber IX" }\n', { uri: 'file:///ws/case-declarations.rog' });
        await parse('request OTP-2026-0015 { situation ICC-01/09 case ICC-01/09-01/11 "The Prosecutor v. Ruto and Sang" }\n', { uri: 'file:///ws/case-request.rog' });
        for (const typed of ['', 'ICC-01/']) {
            await expectCompletion(services)({
                text: `request OTP-2026-0016 {\n  situation ICC-01/09\n  case ${typed}<|>\n}`,
                index: 0,
                assert: completions => {
                    expect(labels(completions).filter(l => l.startsWith('ICC-')).sort(), typed).toEqual(['ICC-01/09-01/11', 'ICC-01/09-01/24']);
                    expect(item(completions, 'ICC-01/09-01/11').detail).toBe('The Prosecutor v. Ruto and Sang');
                    expect(item(completions, 'ICC-01/09-01/24').textEdit).toEqual({ range: range(2, 7, 7 + typed.length), newText: 'ICC-01/09-01/24' });
                }
            });
        }
    });
});

describe('completion of kinds of request (Langium keyword completion)', () => {
    test('after kind: the six kinds, and nothing else', async () => {
        await parse('');
        await expectCompletion(services)({
            text: 'request OTP-2026-0030 {\n  kind <|>\n}',
            index: 0,
            assert: completions => expect(labels(completions).sort()).toEqual([...KINDS].sort())
        });
    });

    test('a kind being typed', async () => {
        await parse('');
        await expectCompletion(services)({
            text: 'request OTP-2026-0031 {\n  kind provisional-a<|>\n}',
            index: 0,
            assert: completions => {
                const provisional = item(completions, 'provisional-arrest');
                expect(provisional.textEdit).toEqual({ range: range(1, 7, 20), newText: 'provisional-arrest' });
            }
        });
    });
});

describe('completion of clause keywords', () => {
    test('a clause that takes one value is not offered again once given (it would be a duplicate-clause)', async () => {
        await parse('');
        await expectCompletion(services)({
            text: 'request OTP-2026-0034 {\n  kind assistance art. 93(1)(b)\n  to State "Kenya"\n  dated 2026-11-22\n  urgent-replies\n  legal-basis art. 93(1)(b)\n  person P-Comp-Otieno as witness\n  <|>\n}',
            index: 0,
            assert: completions => {
                const offered = labels(completions);
                for (const given of ['kind', 'to', 'dated', 'urgent-replies']) expect(offered).not.toContain(given);
                // Clauses that add to a list may be written again; the others are still to be written.
                for (const open of ['legal-basis', 'person', 'annex', 'status', 'via', 'language', 'respond-by', 'purpose']) expect(offered).toContain(open);
            }
        });
    });

    test('in a nested block, by what that block has', async () => {
        await parse('');
        await expectCompletion(services)({
            text: 'request OTP-2026-0035 {\n  person P-Comp-Otieno as witness {\n    location "Nairobi"\n    <|>\n  }\n}',
            index: 0,
            assert: completions => {
                expect(labels(completions)).not.toContain('location');
                expect(labels(completions)).toContain('questioning-language');
            }
        });
        await expectCompletion(services)({
            text: 'request OTP-2026-0035 {\n  annex A1 "Copy" { copy-of W-Comp-Mwangi <|> }\n}',
            index: 0,
            assert: completions => expect(labels(completions).sort()).toEqual(['classification', 'document', 'file', 'language'])
        });
    });
});

describe('completion of language names', () => {
    const sorted = (completions: CompletionList) => [...completions.items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    let declared: Promise<unknown> | undefined;
    const declare = () => (declared ??= parse(declarations, { uri: 'file:///ws/declarations/completion-languages.rog' }));
    const declarations = 'person P-Comp-Lang { name "Léa Ngoma" languages Sango, lingala, Luganda }\n'
        + 'person P-Comp-Other { name "Marc Dubois" languages Swahili }\n';

    test('after language in a request: the languages the requested State designated first, marked NOT VERIFIED, then the working languages', async () => {
        await declare();
        await expectCompletion(services)({
            text: 'request OTP-2026-0060 {\n  dated 2026-11-22\n  to State "Switzerland"\n  person P-Comp-Other as witness\n  language <|>\n}',
            index: 0,
            assert: completions => {
                expect(sorted(completions).slice(0, 6).map(i => i.label)).toEqual(['French', 'German', 'Italian', 'English', 'Swahili', 'Acholi']);
                expect(item(completions, 'German').detail).toBe('designated by Switzerland (art. 87(2)) — NOT VERIFIED');
                expect(item(completions, 'French').detail).toBe('designated by Switzerland (art. 87(2)) — NOT VERIFIED; working language of the Court (art. 50(2))');
                expect(item(completions, 'English').detail).toBe('working language of the Court (art. 50(2))');
                expect(item(completions, 'Swahili').detail).toBe('spoken by Marc Dubois');
                expect(item(completions, 'German').labelDetails?.description).toBe('allemand');
                expect(item(completions, 'German').textEdit).toEqual({ range: range(4, 11, 11), newText: 'German' });
                // The grammar's keyword `french` is not offered beside `French`.
                expect(labels(completions)).not.toContain('french');
                expect(labels(completions)).toEqual(expect.arrayContaining(['Arabic', 'Tamasheq', 'Kinyarwanda']));
            }
        });
    });

    test('after translation: the translation the designation requires', async () => {
        await parse('');
        await expectCompletion(services)({
            text: 'request OTP-2026-0061 {\n  dated 2026-11-22\n  to State "Albania"\n  language English translation <|>\n}',
            index: 0,
            assert: completions => {
                expect(item(completions, 'Albanian').detail).toBe("translation into it required by Albania's designation (art. 87(2)) — NOT VERIFIED");
                expect(sorted(completions).slice(0, 3).map(i => i.label)).toEqual(['English', 'French', 'Albanian']);
            }
        });
    });

    test("in a person's block: that person's languages first, as the language list writes them", async () => {
        await declare();
        for (const clause of ['interpreter', 'questioning-language', 'translation', 'self-incrimination-instruction']) {
            await expectCompletion(services)({
                text: `request OTP-2026-0062 {\n  dated 2026-11-22\n  to State "Kenya"\n  person P-Comp-Other as witness\n  person P-Comp-Lang as witness { ${clause} <|> }\n}`,
                index: 0,
                assert: completions => {
                    expect(sorted(completions).slice(0, 6).map(i => i.label), clause).toEqual(['Sango', 'Lingala', 'Luganda', 'English', 'French', 'Swahili']);
                    expect(item(completions, 'Lingala').detail).toBe('spoken by Léa Ngoma');
                    expect(labels(completions)).not.toContain('french');
                }
            });
        }
    });

    test('a name being typed is replaced, and matched on its French name too', async () => {
        await parse('');
        await expectCompletion(services)({
            text: 'request OTP-2026-0063 {\n  annex A1 "Photographs" { language fran<|> }\n}',
            index: 0,
            assert: completions => {
                const french = item(completions, 'French');
                expect(french.textEdit).toEqual({ range: range(1, 36, 40), newText: 'French' });
                expect(french.filterText).toBe('French français');
            }
        });
    });

    test("a person's languages and a designation's: the working languages, then every known language", async () => {
        await parse('');
        for (const text of ['person P-Comp-New { languages Lingala, <|> }', 'designation for State "Kenya" { language English or <|> }', 'designation for State "Kenya" { translation-into <|> }']) {
            await expectCompletion(services)({
                text,
                index: 0,
                assert: completions => {
                    expect(sorted(completions).slice(0, 4).map(i => i.label), text).toEqual(['English', 'French', 'Acholi', 'Afrikaans']);
                    expect(labels(completions)).not.toContain('french');
                }
            });
        }
    });

    test('the names offered are read back as the same languages', async () => {
        const result = await parse('request OTP-2026-0064 {\n  language French translation German, Albanian\n}');
        expect(result.parseResult.parserErrors).toEqual([]);
        expect(result.parseResult.value.elements[0]).toMatchObject({ language: 'French', translations: ['German', 'Albanian'] });
    });
});

describe('completion of the rules a request may suppress', () => {
    const REQUEST = (extra: string) => `request OTP-2026-0070 {
  kind provisional-arrest
  from Chamber "Pre-Trial Chamber I" transmitted-by Registrar
  situation ICC-01/04
  to State "Kenya" via diplomatic-channel language English
  classification under-seal
  dated 2026-11-22
  urgent "The person is about to leave the country."
  crimes "murder"
  facts "facts" legal-basis art. 91(2)
  crime-date 2024-01-01
${extra}
}`;

    test('after suppress: the suppressible warnings ("as applicable", and those that read prose), those reported in this request first, with summary and provision', async () => {
        await parse('');
        for (const validation of [false, true]) {
            await expectCompletion(services)({
                text: REQUEST('  suppress <|>'),
                index: 0,
                parseOptions: { validation },
                assert: completions => {
                    const sorted = [...completions.items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
                    // No crime-place, a legal basis not of the kind: both "as applicable" (arts. 92(2)(b), 92).
                    expect(sorted.slice(0, 2).map(i => i.label), `validated: ${validation}`).toEqual(['provisional-crime-place-missing', 'request-legal-basis-mismatch']);
                    const place = item(completions, 'provisional-crime-place-missing');
                    expect(place.detail).toBe('art. 92(2)(b) — reported in this request');
                    expect((place.documentation as { value: string }).value).toMatch(/^\*\*provisional-crime-place-missing\*\* \(art\. 92\(2\)\(b\)\), "as applicable" warning\n\n/);
                    expect(place.textEdit).toEqual({ range: range(11, 11, 11), newText: 'provisional-crime-place-missing' });
                    // Every suppressible rule a provisional arrest can break, and only those: not "shall" errors nor
                    // information, nor the warnings of other kinds of request (`assistance-procedure-missing`), which would silence nothing.
                    expect(sorted.slice(2).map(i => i.label)).toEqual(['classification-below-material', 'followup-postponement-ground', 'instrument-other-case',
                        'non-party-declaration-scope', 'provisional-crime-date-missing', 'request-protective-measures-missing']);
                    // A warrant of another case may be the right one (cases joined): the warning says to suppress it then.
                    expect(item(completions, 'instrument-other-case').detail).toBe('art. 91(2)(b)');
                }
            });
        }
    });

    test('only the warnings the request\'s kind can break: on a request for arrest and surrender, no warning of assistance; without a kind, every one', async () => {
        await parse('');
        const request = (kind: string) => `request OTP-2026-0071 {\n${kind}  dated 2026-11-22\n  suppress <|>\n}`;
        await expectCompletion(services)({
            text: request('  kind arrest-and-surrender\n'), index: 0,
            assert: completions => {
                expect(labels(completions).sort()).toEqual(['arrest-crimes-missing', 'arrest-translation-missing', 'arrest-translation-not-annexed', 'classification-below-material',
                    'followup-postponement-ground', 'instrument-other-case', 'non-party-declaration-scope', 'request-legal-basis-mismatch', 'request-protective-measures-missing']);
            }
        });
        // A temporary transfer: the art. 96(2) warnings and those of the transfer, not those of forms only `kind assistance` names.
        await expectCompletion(services)({
            text: request('  kind temporary-transfer\n'), index: 0,
            assert: completions => {
                expect(labels(completions)).toEqual(expect.arrayContaining(['assistance-grounds-missing', 'assistance-replies-translation', 'transfer-conditions-missing', 'followup-refusal-reasons']));
                expect(labels(completions)).not.toContain('assistance-forms-missing');
                expect(labels(completions)).not.toContain('arrest-crimes-missing');
            }
        });
        // What the request is remains to be said: every suppressible rule.
        await expectCompletion(services)({
            text: request(''), index: 0,
            assert: completions => {
                expect(labels(completions)).toHaveLength(ALL_RULES.filter(r => r.suppressible).length);
                expect(item(completions, 'assistance-replies-translation').detail).toBe('art. 99(3)');
            }
        });
    });

    test('a code being typed is replaced whole; a rule already suppressed with a reason is not offered again', async () => {
        await parse('');
        await expectCompletion(services)({
            text: REQUEST('  suppress request-legal-basis-mismatch "Set out in the warrant."\n  suppress provisional-c<|>'),
            index: 0,
            assert: completions => {
                expect(labels(completions)).not.toContain('request-legal-basis-mismatch');
                expect(item(completions, 'provisional-crime-place-missing').textEdit).toEqual({ range: range(12, 11, 24), newText: 'provisional-crime-place-missing' });
            }
        });
    });
});

describe('no completion inside a comment or a text in quotes', () => {
    test('a line comment, a block comment, a text in quotes (closed or not): nothing is offered', async () => {
        await parse('');
        const inside = [
            'request OTP-2026-0050 {\n  // comment<|>\n}',
            'request OTP-2026-0050 {\n  // da<|>\n}',
            'request OTP-2026-0050 {\n  dated 2026-11-22 // sent <|>\n}',
            'request OTP-2026-0050 {\n  // see <|> later\n  dated 2026-11-22\n}',
            '// a note <|>\nrequest OTP-2026-0050 {\n}',
            'request OTP-2026-0050 {\n  /* a\n  da<|>\n  */\n}',
            'request OTP-2026-0050 {\n  /* not closed <|>\n}',
            'request OTP-2026-0050 {\n  purpose "to question <|>"\n}',
            'request OTP-2026-0050 {\n  purpose "to question\n  da<|> the witness"\n}',
            'request OTP-2026-0050 {\n  facts "not closed <|>\n}',
            'person P-Comp-Note {\n  description "speaks <|>"\n}'
        ];
        for (const text of inside) {
            await expectCompletion(services)({ text, index: 0, assert: completions => expect(labels(completions), text).toEqual([]) });
        }
    });

    test('right after a comment or a text, the clauses are offered again', async () => {
        await parse('');
        for (const text of ['request OTP-2026-0051 {\n  // a note\n  <|>\n}', 'request OTP-2026-0051 {\n  /* a note */ <|>\n}', 'request OTP-2026-0051 {\n  purpose "a" <|>\n}']) {
            await expectCompletion(services)({ text, index: 0, assert: completions => expect(labels(completions), text).toEqual(expect.arrayContaining(['dated', 'legal-basis'])) });
        }
    });
});

describe('completion of persons and warrants declared in other files (Langium cross-reference completion)', () => {
    const declarations = `person P-Comp-Mwangi { name "Joseph Mwangi Kariuki" }
person P-Comp-Otieno { name "Grace Achieng Otieno" }
warrant W-Comp-Mwangi { number ICC-01/09-01/26-3 issued 2026-01-15 by "Pre-Trial Chamber II" person P-Comp-Mwangi }
judgment J-Comp-Other { person P-Comp-Otieno }
`;
    let declared: Promise<unknown> | undefined;
    const declare = () => (declared ??= parse(declarations, { uri: 'file:///ws/declarations/completion-people.rog' }));

    test('person in a request: the persons of the workspace, not warrants', async () => {
        await declare();
        await expectCompletion(services)({
            text: 'request REG-2026-0032 {\n  kind arrest-and-surrender\n  person <|>\n}',
            index: 0,
            parseOptions: { documentUri: 'file:///ws/requests/REG-2026-0032.rog' },
            assert: completions => {
                expect(labels(completions)).toEqual(expect.arrayContaining(['P-Comp-Mwangi', 'P-Comp-Otieno']));
                expect(labels(completions)).not.toContain('W-Comp-Mwangi');
                expect(item(completions, 'P-Comp-Mwangi').detail).toBe('Person');
            }
        });
    });

    test('warrant in a request: the warrants of the workspace, filtered by what is typed', async () => {
        await declare();
        await expectCompletion(services)({
            text: 'request REG-2026-0033 {\n  warrant W-Comp<|>\n}',
            index: 0,
            parseOptions: { documentUri: 'file:///ws/requests/REG-2026-0033.rog' },
            assert: completions => {
                expect(labels(completions)).toContain('W-Comp-Mwangi');
                expect(labels(completions)).not.toContain('P-Comp-Mwangi');
                expect(item(completions, 'W-Comp-Mwangi').textEdit).toEqual({ range: range(1, 10, 16), newText: 'W-Comp-Mwangi' });
            }
        });
    });

    test('a part of a name after a hyphen, as an officer types a surname (`Otie`): the names it starts a part of', async () => {
        await declare();
        await expectCompletion(services)({
            text: 'request REG-2026-0039 {\n  person Otie<|>\n}',
            index: 0,
            parseOptions: { documentUri: 'file:///ws/requests/REG-2026-0039.rog' },
            assert: completions => {
                expect(labels(completions)).toEqual(['P-Comp-Otieno']);
                expect(item(completions, 'P-Comp-Otieno').textEdit).toEqual({ range: range(1, 9, 13), newText: 'P-Comp-Otieno' });
            }
        });
        // And Ctrl+T (the workspace's symbols) finds the declaration by it.
        const symbols = await services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: 'Mwangi' });
        expect(symbols.map(s => s.name)).toEqual(['P-Comp-Mwangi', 'W-Comp-Mwangi']);
    });

    test('person in a warrant declaration', async () => {
        await declare();
        await expectCompletion(services)({
            text: 'warrant W-Comp-New {\n  person P-Comp-O<|>\n}',
            index: 0,
            assert: completions => expect(labels(completions)).toContain('P-Comp-Otieno')
        });
    });

    test('a person declared in the same file as the request', async () => {
        await expectCompletion(services)({
            text: 'person P-Comp-Local { name "Local Witness" }\nrequest OTP-2026-0036 {\n  person <|>\n}',
            index: 0,
            parseOptions: { documentUri: 'file:///ws/requests/OTP-2026-0036.rog' },
            assert: completions => expect(labels(completions)).toContain('P-Comp-Local')
        });
    });

    test('annex of a witness instruction: the annexes of this request only', async () => {
        await parse('request OTP-2026-0037 { annex A9 "Another request\'s annex" }', { uri: 'file:///ws/requests/OTP-2026-0037.rog' });
        await expectCompletion(services)({
            text: 'request OTP-2026-0038 {\n  annex A1 "Rule 74 instruction"\n  annex A2 "Photographs"\n  person P-Comp-Otieno as witness { self-incrimination-instruction Swahili annex <|> }\n}',
            index: 0,
            parseOptions: { documentUri: 'file:///ws/requests/OTP-2026-0038.rog' },
            assert: completions => expect(labels(completions).sort()).toEqual(['A1', 'A2'])
        });
    });

    test('a reference where the parser recovered another node (a citation left open): no error logged', async () => {
        await declare();
        const errors: unknown[] = [];
        const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => { errors.push(args); });
        try {
            await expectCompletion(services)({
                text: 'request OTP-2026-0039 {\n  legal-basis art. 89( {\n  annex A1 "Copy" { copy-of W<|> }\n}',
                index: 0,
                parseOptions: { documentUri: 'file:///ws/requests/OTP-2026-0039.rog' },
                assert: completions => expect(labels(completions)).not.toContain('P-Comp-Otieno')
            });
        } finally {
            spy.mockRestore();
        }
        expect(errors.map(args => String((args as unknown[])[0]))).toEqual([]);
    });
});

describe('completion of records and requests: those the check would refuse are not offered', () => {
    const RECORDS = 'record R-TypedConsent { type consent dated 2026-01-01 }\nrecord R-TypedConsult { type consultation dated 2026-01-01 }\n'
        + 'record R-TypedWaiver { type waiver dated 2026-01-01 }\nrecord R-Untyped { dated 2026-01-01 }\n';
    const offered = (completions: CompletionList) => labels(completions).filter(l => /^R-(Typed|Untyped)/.test(l)).sort();

    test('after consent, a consent (or a record of no type yet); after consultation and waiver, theirs', async () => {
        await parse(RECORDS, { uri: 'file:///ws/records-typed.rog' });
        for (const [clause, expected] of [
            ['person P-X as witness { consent <|> }', ['R-TypedConsent', 'R-Untyped']],
            ['national-requirements none-known consultation <|>', ['R-TypedConsult', 'R-Untyped']],
            ['direct-execution by-Prosecutor consultation <|>', ['R-TypedConsult', 'R-Untyped']],
            ['waiver <|>', ['R-TypedWaiver', 'R-Untyped']]
        ] as const) {
            await expectCompletion(services)({
                text: `request OTP-2026-0975 {\n  kind assistance art. 93(1)(b)\n  ${clause}\n}\n`,
                index: 0,
                assert: completions => expect(offered(completions), clause).toEqual(expected)
            });
        }
    });

    test("after a request's person, the persons it does not name yet; the one being written stays", async () => {
        await parse('person P-Named { name "Named" }\nperson P-Unnamed { name "Unnamed" }\n', { uri: 'file:///ws/named-persons.rog' });
        for (const [text, expected] of [
            ['request OTP-2026-0978 {\n  person P-Named as sought\n  person <|>\n}\n', ['P-Unnamed']],
            ['request OTP-2026-0978 {\n  person <|>\n  person P-Unnamed as witness\n}\n', ['P-Named']],
            ['request OTP-2026-0978 {\n  person P-Na<|> as sought\n  person P-Unnamed as witness\n}\n', ['P-Named']]
        ] as const) {
            await expectCompletion(services)({ text, index: 0, assert: completions => expect(labels(completions).filter(l => /^P-(?:Un)?[Nn]amed$/.test(l)), text).toEqual(expected) });
        }
    });

    test('a name or a keyword typed as far as a hyphen: what begins with it, replacing it', async () => {
        await parse('person P-Hyphen { name "Hyphen" }\nwarrant W-Hyphen { person P-Hyphen }\n', { uri: 'file:///ws/hyphen.rog' });
        for (const [text, label, from, to] of [
            ['request OTP-2026-0979 {\n  person P-<|>\n}\n', 'P-Hyphen', 9, 11],
            ['request OTP-2026-0979 {\n  warrant W-<|>\n}\n', 'W-Hyphen', 10, 12],
            ['request OTP-2026-0979 {\n  kind arrest-<|>\n}\n', 'arrest-and-surrender', 7, 14],
            ['request OTP-2026-0979 {\n  legal-<|>\n}\n', 'legal-basis', 2, 8],
            ['request OTP-2026-0979 {\n  person P-Hyphen as witness { questioning-<|> }\n}\n', 'questioning-language', 31, 43]
        ] as const) {
            await expectCompletion(services)({
                text, index: 0,
                assert: completions => {
                    // Before, the hyphen cut the word: the clauses that follow a name, or nothing.
                    const typed = /([\w-]+)<\|>/.exec(text)![1];
                    expect(labels(completions).filter(l => !l.startsWith(typed)), text).toEqual([]);
                    expect(item(completions, label).textEdit, text).toEqual({ range: range(1, from, to), newText: label });
                }
            });
        }
    });

    test("after a request's warrant, first the warrants against a person it names, with the person's name", async () => {
        await parse('person P-Rank { name "Rank" }\nperson P-Else { name "Else" }\nwarrant W-A-Else { person P-Else }\nwarrant W-Z-Rank { person P-Rank }\n', { uri: 'file:///ws/ranked-warrants.rog' });
        await expectCompletion(services)({
            text: 'request OTP-2026-0980 {\n  person P-Rank as sought\n  warrant <|>\n}\n',
            index: 0,
            assert: completions => {
                const sorted = [...completions.items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
                expect(sorted.map(i => i.label).filter(l => /^W-[AZ]-/.test(l))).toEqual(['W-Z-Rank', 'W-A-Else']);
                expect(item(completions, 'W-Z-Rank').detail).toBe('Warrant against P-Rank');
                expect(item(completions, 'W-A-Else').detail).toBe('Warrant');
            }
        });
    });

    test('after follows, the other requests but not the request itself', async () => {
        await parse('request OTP-2026-0976 { kind assistance art. 93(1)(b) }\n', { uri: 'file:///ws/earlier-request.rog' });
        await expectCompletion(services)({
            text: 'request OTP-2026-0977 {\n  follows <|>\n}\n',
            index: 0,
            assert: completions => {
                expect(labels(completions)).toContain('OTP-2026-0976');
                expect(labels(completions)).not.toContain('OTP-2026-0977');
            }
        });
    });
});

describe('completion of a postponement\'s end', () => {
    test('`until` after `status postponed D` only (art. 94(1), art. 95), then `admissibility-determination` or a date', async () => {
        await parse('');
        await expectCompletion(services)({
            text: 'request OTP-2026-0010 {\n  status postponed 2026-03-01 <|>\n  status sent 2026-01-01\n}', index: 0,
            assert: completions => expect(labels(completions)).toContain('until')
        });
        await expectCompletion(services)({
            text: 'request OTP-2026-0010 {\n  status postponed 2026-03-01 u<|>\n}', index: 0,
            assert: completions => expect(labels(completions)).toEqual(['until', 'urgent', 'urgent-replies', 'under-control-of'])
        });
        // After another status it would be followup-until-without-postponement.
        for (const text of ['request OTP-2026-0010 {\n  status sent 2026-03-01 <|>\n}', 'request OTP-2026-0010 {\n  status acknowledged 2026-03-01 u<|>\n}']) {
            await expectCompletion(services)({
                text, index: 0,
                assert: completions => {
                    expect(labels(completions), text).not.toContain('until');
                    expect(labels(completions), text).toContain('urgent');
                }
            });
        }
        await expectCompletion(services)({
            text: 'request OTP-2026-0010 {\n  status postponed 2026-03-01 until <|>\n}', index: 0,
            assert: completions => expect(labels(completions)).toEqual(['admissibility-determination'])
        });
    });
});

describe('completion of the day a request or a status event is written', () => {
    test('after `dated` and after a status: the as-of date (rogatory.asOf, else today); not after a deadline or a birth', async () => {
        await parse('');
        const settings = services.rogatory.Settings;
        settings.asOf = '2026-11-22';
        try {
            for (const [text, column] of [['request OTP-2026-0010 {\n  dated <|>\n}', 8], ['request OTP-2026-0010 {\n  status sent <|>\n}', 14]] as const) {
                await expectCompletion(services)({
                    text, index: 0,
                    assert: completions => {
                        const day = item(completions, '2026-11-22');
                        expect([day.detail, day.textEdit], text).toEqual(['the as-of date (rogatory.asOf)', { range: range(1, column, column), newText: '2026-11-22' }]);
                    }
                });
            }
            for (const text of ['request OTP-2026-0010 {\n  respond-by <|>\n}', 'person P-X {\n  born <|>\n}']) {
                await expectCompletion(services)({ text, index: 0, assert: completions => expect(labels(completions), text).not.toContain('2026-11-22') });
            }
        } finally {
            settings.asOf = undefined;
        }
    });
});

describe('completion of a decision\'s subject', () => {
    test('after subject: the subjects of a decision, the order on the collection of evidence (art. 95) among them', async () => {
        await parse('');
        await expectCompletion(services)({
            text: 'decision D-1 {\n  subject <|>\n}',
            index: 0,
            assert: completions => {
                expect(labels(completions).filter(l => ['assurance', 'admissibility', 'evidence-collection', 'other'].includes(l)).sort())
                    .toEqual(['admissibility', 'assurance', 'evidence-collection', 'other']);
            }
        });
    });
});

describe('completion at a name that resolves to nothing (a placeholder such as the skeleton\'s W-TODO)', () => {
    // A workspace of its own: what it declares is all completion may offer.
    const own = setup();
    const declarations = `person P-Ph-Kamau { name "Peter Kamau" }
person P-Ph-Njeri { name "Ann Njeri" }
warrant W-Ph-Kamau { number ICC-01/09-01/26-7 issued 2026-01-15 by "Pre-Trial Chamber II" person P-Ph-Kamau }
warrant W-Ph-Njeri { number ICC-01/09-01/26-8 issued 2026-01-15 by "Pre-Trial Chamber II" person P-Ph-Njeri }
`;
    test('the declared names of its type, each replacing the whole name, shown whatever is written', async () => {
        await own.parse(declarations, { uri: 'file:///ws/declarations/placeholders.rog' });
        const request = (cursorIn: string) => `request REG-2026-007${cursorIn.indexOf('<')} {\n  kind arrest-and-surrender\n  warrant ${cursorIn}\n  person P-TODO as sought\n}`;
        for (const [i, text] of [request('W-TODO<|>'), request('W-TO<|>DO')].entries()) {
            await expectCompletion(own.services)({
                text, index: 0,
                parseOptions: { documentUri: `file:///ws/requests/REG-2026-007${i}.rog` },
                assert: completions => {
                    expect(labels(completions).sort(), text).toEqual(['W-Ph-Kamau', 'W-Ph-Njeri']);
                    expect(item(completions, 'W-Ph-Njeri').textEdit).toEqual({ range: range(2, 10, 16), newText: 'W-Ph-Njeri' });
                    // The editor matches the items against what is written before the cursor, the placeholder's start.
                    expect(completions.items.every(i => i.filterText === 'W-TODO')).toBe(true);
                }
            });
        }
        await expectCompletion(own.services)({
            text: 'request REG-2026-0073 {\n  kind arrest-and-surrender\n  warrant W-TODO\n  person P-TODO<|> as sought\n}', index: 0,
            parseOptions: { documentUri: 'file:///ws/requests/REG-2026-0073.rog' },
            assert: completions => {
                expect(labels(completions).sort()).toEqual(['P-Ph-Kamau', 'P-Ph-Njeri']);
                expect(item(completions, 'P-Ph-Kamau').textEdit).toEqual({ range: range(3, 9, 15), newText: 'P-Ph-Kamau' });
            }
        });
        // A name half typed that begins a declared one: as before, the names it begins, matched on what is typed.
        await expectCompletion(own.services)({
            text: 'request REG-2026-0077 {\n  warrant W-Ph-K<|>\n}', index: 0,
            parseOptions: { documentUri: 'file:///ws/requests/REG-2026-0077.rog' },
            assert: completions => {
                expect(labels(completions)).toContain('W-Ph-Kamau');
                expect(item(completions, 'W-Ph-Kamau').filterText).not.toBe('W-Ph-K');
            }
        });
    });
});

describe('the "New request" skeleton, for any editor: completion where a request may start', () => {
    const own = setup();
    /** The text a snippet writes with its stops filled in: the first as proposed, the second with `state`. */
    const expand = (snippet: string, state: string) => snippet
        .replace(/\$\{1:([^}]*)\}/, (_, reference: string) => reference).replace('$2', state).replace(/\\([$}\\])/g, '$1');

    test('in an empty file and after a request: one item per kind, writing the skeleton of skeleton.ts with the next free reference', async () => {
        await own.parse('request OTP-2026-0007 { kind transit }', { uri: 'file:///ws/requests/OTP-2026-0007.rog' });
        const date = own.services.rogatory.Settings.currentDate();
        for (const [i, text] of ['<|>', 'request OTP-2026-0008 {\n  kind transit\n}\nreq<|>'].entries()) {
            await expectCompletion(own.services)({
                text, index: 0,
                parseOptions: { documentUri: `file:///ws/requests/new-${i}.rog` },
                assert: completions => {
                    const skeletons = completions.items.filter(i => i.kind === CompletionItemKind.Snippet);
                    expect(skeletons.map(i => i.label), text).toEqual(KINDS.map(k => `request ${k}`));
                    expect(labels(completions)).toContain('request');
                    const arrest = item(completions, 'request arrest-and-surrender');
                    expect(arrest.detail).toBe('New request: Arrest and surrender (arts. 89(1), 91(2))');
                    expect(arrest.insertTextFormat).toBe(2);
                    const line = text.split('\n').length - 1;
                    const edit = arrest.textEdit as TextEdit;
                    expect(edit.range).toEqual(range(line, 0, i === 0 ? 0 : 3));
                    // A Chamber's request is numbered among the REG- ones (none taken here), the Prosecutor's among the OTP- ones:
                    // OTP-2026-0007 is taken in the workspace, and in the second file OTP-2026-0008 too.
                    const year = date.slice(0, 4);
                    expect(expand(edit.newText, 'Kenya')).toBe(requestSkeleton({ reference: `REG-${year}-0001`, kind: 'arrest-and-surrender', state: 'Kenya', date }));
                    expect(edit.newText).toContain('\n  to State "$2" via diplomatic-channel');
                    const assistance = item(completions, 'request assistance').textEdit as TextEdit;
                    const reference = year === '2026' ? `OTP-2026-000${8 + i}` : `OTP-${year}-0001`;
                    expect(expand(assistance.newText, 'Kenya')).toBe(requestSkeleton({ reference, kind: 'assistance', state: 'Kenya', date }));
                }
            });
        }
    });

    test('not inside a block, where no request may start', async () => {
        await expectCompletion(own.services)({
            text: 'request OTP-2026-0010 {\n  <|>\n}', index: 0,
            parseOptions: { documentUri: 'file:///ws/requests/OTP-2026-0010.rog' },
            assert: completions => expect(completions.items.filter(i => i.kind === CompletionItemKind.Snippet)).toEqual([])
        });
    });
});
