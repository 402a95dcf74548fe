import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';
import { AstUtils } from 'langium';
import type { Request } from '../../packages/language/src/index.js';
import { isRecord } from '../../packages/language/src/generated/ast.js';
import type { BuildOptions } from '../../packages/language/src/generator/index.js';
import {
    buildNoteVerbale, buildRequestDocument, formatDate, generate, keepTogether, plainText, searchableText, renderDocx, renderHtml, renderMarkdown, type GeneratedDocument, type Lang, type RunningPart
} from '../../packages/language/src/generator/index.js';
import { englishName, nameForms } from '../../packages/language/src/generator/names.js';
import { provisionGroups } from '../../packages/language/src/statute/provisions.js';
import { countInWords, endSentence, withoutFinalStop } from '../../packages/language/src/generator/texts.js';
import { canonicalLanguage, knownLanguages, languageName, sameLanguage } from '../../packages/language/src/languages.js';
import { docxParts, loadRequests } from './helpers.js';
import { setup } from '../helpers.js';

let requests: Map<string, Request>;
let services: Awaited<ReturnType<typeof loadRequests>>['workspace']['services'];
let recordNames: string[];
let stateLibrary: BuildOptions['stateLibrary'];
beforeAll(async () => {
    const loaded = await loadRequests('examples', 'test/fixtures/generator/hostile.rog', 'test/fixtures/generator/designated.rog', 'test/fixtures/generator/wording.rog', 'test/fixtures/generator/paragraphs.rog', 'test/fixtures/generator/bidi.rog');
    requests = loaded.requests;
    services = loaded.workspace.services;
    recordNames = loaded.workspace.all.flatMap(d => AstUtils.streamAst(d.parseResult.value).filter(isRecord).map(r => r.name).toArray());
    stateLibrary = loaded.workspace.services.rogatory.StateLibrary;
});
const request = (name: string) => requests.get(name)!;
const model = (name: string, lang: Lang, draft = false) => buildRequestDocument(request(name), { lang, draft, stateLibrary });
const note = (name: string, lang: Lang) => buildNoteVerbale(request(name), { lang, stateLibrary });
/**
 * The words of a text, for tests of wording: the no-break spaces that keep a date, a time's zone or a
 * citation on one line (`keepTogether`, tested in 'what a line never breaks') read as spaces, its word
 * joiners ("93(1)(g)", "ICC-01/09") as nothing; French
 * punctuation's own (before ":" ";" "»", after "«", in "9 h 40") stay, its tests assert them.
 */
const words = (value: string) => value.replace(/\u2060/g, '').replace(/\d\u00a0h\u00a0\d|«\u00a0|\u00a0[:;!?»]|\u00a0/g, m => (m === '\u00a0' ? ' ' : m));
const allText = (doc: GeneratedDocument) => words(JSON.stringify(doc.blocks));
/** The text a reader sees, one line per paragraph, list item, table row or footnote. */
const readerText = (doc: GeneratedDocument) => words([
    ...doc.blocks.flatMap(b => {
        switch (b.type) {
            case 'paragraph': return [plainText(b.content)];
            case 'list': return b.items.map(plainText);
            case 'table': return [b.columns, ...b.rows].map(r => r.join(' | '));
            case 'heading': return [b.text];
            case 'closing': return b.lines;
            case 'cover': return [b.title, b.classification];
        }
    }),
    ...doc.footnotes.map(f => plainText(f.content))
].join('\n'));

describe('document model', () => {
    test('the time served on a life sentence is stated without a time remaining (art. 91(3)(d)), in both languages', async () => {
        const { requests: life } = await loadRequests('test/fixtures/validation/surrender/convicted-life.rog');
        const build = (lang: Lang) => readerText(buildRequestDocument(life.get('REG-2026-0166')!, { lang, draft: false, stateLibrary }));
        expect(build('en')).toContain('As of 1 October 2026, the person has served 14 years of a sentence of life imprisonment.');
        expect(build('fr')).toContain('Au 1er octobre 2026, la personne a purgé 14 ans d\'une peine de réclusion à perpétuité.');
    });

    test('a clause without effect where it is written (clause-without-effect, which says so) is not stated; where it has one, it is', async () => {
        const { requests: loaded } = await loadRequests('test/fixtures/validation/request/clause-without-effect.rog', 'test/fixtures/generator/clause-with-effect-transfer.rog');
        const text = (name: string) => readerText(buildRequestDocument(loaded.get(name)!, { lang: 'en', draft: false, stateLibrary }));
        const assistance = text('OTP-2026-0915');
        expect(assistance).not.toContain('agreed to the transfer');
        expect(assistance).not.toContain('A request for the surrender of the person sought will follow.');
        expect(assistance).not.toMatch(/Consent:/);
        // A rights notice is stated for whomever it names: the suspect's and the witness's.
        expect(assistance.match(/Rights to be notified:/g)).toHaveLength(2);
        const transfer = text('OTP-2026-0961');
        expect(transfer).toContain('The requested State agreed to the transfer on 10 September 2026.');
        // In a transfer, a consent is stated on any person: which one is transferred is the officer's to say.
        expect(transfer.match(/Consent:/g)).toHaveLength(2);
    });

    test('a request to an organisation does not state the requirements of the requested State\'s law, which it has not (clause-without-effect says so); a request to a State does', async () => {
        const { requests: loaded } = await loadRequests('test/fixtures/validation/assistance/national-requirements-organisation');
        for (const name of ['OTP-2026-0346', 'OTP-2026-0347']) {
            for (const lang of ['en', 'fr'] as const) {
                const text = readerText(buildRequestDocument(loaded.get(name)!, { lang, draft: false, stateLibrary }));
                expect(text, `${name} ${lang}`).not.toMatch(/Requirements of national law|Exigences du droit national|law of the requested State|droit de l'État requis|written undertaking/);
                expect(text, `${name} ${lang}`).toContain(lang === 'en' ? 'Response and consultations' : 'Réponse et consultations');
            }
        }
        expect(readerText(model('OTP-2026-0201', 'en'))).toContain('Requirements of national law\nThe Court is not aware of any requirement of the law of the requested State');
    });

    test('direct execution by the Prosecutor states the determination of admissibility and the consultations it follows (art. 99(4))', async () => {
        // Consultations only: art. 99(4)(b).
        expect(readerText(model('OTP-2026-0206', 'en'))).toContain('The Prosecutor intends to execute the request directly on the territory of the requested State (article 99(4) of the Rome Statute). Direct execution is necessary because the witness will speak only to the Office\'s investigators, away from local authorities.\n'
            + 'The requested State was consulted on the direct execution of this request (article 99(4)(b) of the Rome Statute) on 5 October 2026. Consultations with the Office of the Attorney General on the voluntary interview of a witness on Kenyan territory (art. 99(4)(b)).');
        expect(readerText(model('OTP-2026-0206', 'fr'))).toContain('L\'État requis a été consulté sur l\'exécution directe de la présente demande (article 99, paragraphe 4, alinéa b), du Statut de Rome) le 5 octobre 2026. Consultations with the Office');
        // After a determination of admissibility: art. 99(4)(a), the decision first, then the consultations.
        const { requests: direct } = await loadRequests('test/fixtures/validation/assistance/direct-execution-valid.rog');
        const build = (lang: Lang) => readerText(buildRequestDocument(direct.get('OTP-2026-0923')!, { lang, draft: false, stateLibrary }));
        expect(build('en')).toContain('The witness will not speak in the presence of national police.\n'
            + 'Admissibility has been determined by decision No. ICC-01/09-01/26-3 of 10 January 2026 (article 99(4)(a) of the Rome Statute).\n'
            + 'The requested State was consulted on the direct execution of this request (article 99(4)(a) of the Rome Statute) on 20 September 2026. No objection; national police informed.');
        expect(build('fr')).toContain('Il a été statué sur la recevabilité par la décision n° ICC-01/09-01/26-3 du 10 janvier 2026 (article 99, paragraphe 4, alinéa a), du Statut de Rome).\n'
            + 'L\'État requis a été consulté sur l\'exécution directe de la présente demande (article 99, paragraphe 4, alinéa a), du Statut de Rome) le 20 septembre 2026. No objection; national police informed.');
    });

    test('a list of one is no list: a single provision, crime, place, person present or cost follows its introduction in one paragraph', () => {
        for (const name of requests.keys()) {
            for (const lang of ['en', 'fr'] as const) {
                const lists = model(name, lang).blocks.filter(b => b.type === 'list');
                expect(lists.filter(l => l.type === 'list' && l.items.length === 1), `${name} ${lang}`).toEqual([]);
            }
        }
        const transit = readerText(model('REG-2026-0210', 'en'));
        expect(transit).toContain('Legal basis\nThis request is made pursuant to article 89(3)(b) of the Rome Statute.\nPerson concerned');
        expect(transit).toContain('\nCrime: Intentionally directing attacks against buildings dedicated to religion (art. 8(2)(e)(iv)).\n');
        expect(readerText(model('REG-2026-0210', 'fr'))).toContain('Fondement juridique\nLa présente demande est présentée en vertu de l\'article 89, paragraphe 3, alinéa b), du Statut de Rome.\n');
        expect(readerText(model('OTP-2024-0301', 'en'))).toContain('\nPlace concerned: S1: Residential building and its basement (Address and coordinates in annex A1).\n');
        expect(readerText(model('OTP-2024-0301', 'fr'))).toContain('\nLieu concerné\u00a0: S1\u00a0: Residential building and its basement (Address and coordinates in annex A1).\n');
        // One item of the persons present may name several: its label stays.
        expect(readerText(model('OTP-2026-0202', 'en'))).toContain('\nPersons to be present at the execution: Two investigators and a trial lawyer of the Office of the Prosecutor.\n');
        // Several are still a lettered list under the plural.
        expect(readerText(model('REG-2026-0101', 'en'))).toContain('This request is made pursuant to the following provisions:\narticle 58(5) of the Rome Statute\narticle 89(1) of the Rome Statute\narticle 91(2) of the Rome Statute\n');
        expect(readerText(model('OTP-2026-0204', 'en'))).toContain('Persons to be present at the execution:\nDr. Ingrid Lindqvist, forensic anthropologist\nOne investigator of the Office of the Prosecutor\nPlace concerned: G1:');
    });

    test('the draft of a request being typed (the preview\'s) names what was read, never a citation, a name or a place written in part', async () => {
        const { parse } = setup();
        const document = await parse('request {\n  kind assistance art. 93(1)(b), art. 93(\n  to State "Kenya"\n  dated 2026-11-22\n'
            + '  legal-basis art. 93(1)(b), art.\n  place G1\n  person P-Typed as suspect { rights-notice art. 55(2)(a), art. 55( }\n}\n');
        const typed = document.parseResult.value.elements[0] as Request;
        for (const lang of ['en', 'fr'] as const) {
            for (const draft of [buildRequestDocument(typed, { lang, draft: true, stateLibrary }), buildNoteVerbale(typed, { lang, draft: true, stateLibrary })]) {
                const html = renderHtml(draft);
                expect(html.replace(/<[^>]*>/g, ' '), `${draft.meta.document} ${lang}`).not.toMatch(/undefined/);
                expect(html).toContain('</html>');
            }
        }
        expect(readerText(buildRequestDocument(typed, { lang: 'en', draft: true, stateLibrary }))).toMatch(/article 93\(1\)\(b\) of the Rome Statute/);
    });

    test('dates are localised', () => {
        expect(formatDate('2026-11-22', 'en')).toBe('22 November 2026');
        expect(formatDate('2026-11-22', 'fr')).toBe('22 novembre 2026');
        expect(formatDate('2026-11-01', 'fr')).toBe('1er novembre 2026');
    });

    test('State names in running text: natural order and the article each language wants', () => {
        expect(nameForms('Netherlands (Kingdom of the)', 'en').withArticle).toBe('the Kingdom of the Netherlands');
        expect(nameForms('Kenya', 'en').of).toBe('of Kenya');
        expect(nameForms('Kenya', 'fr')).toMatchObject({ withArticle: 'le Kenya', of: 'du Kenya' });
        expect(nameForms('Pays-Bas', 'fr').of).toBe('des Pays-Bas');
        expect(nameForms('Russie, Fédération de', 'fr').withArticle).toBe('la Fédération de Russie');
        expect(nameForms('Israël', 'fr').of).toBe('d\'Israël');
        expect(nameForms('France', 'fr')).toMatchObject({ of: 'de la France', embassyOf: 'de France' });
        expect(nameForms('République-Unie de Tanzanie', 'fr').embassyOf).toBe('de la République-Unie de Tanzanie');
    });

    test('the cover block of an arrest request, in English and in French', () => {
        const en = model('REG-2026-0101', 'en').blocks[0];
        const fr = model('REG-2026-0101', 'fr').blocks[0];
        expect(en).toMatchObject({
            type: 'cover', organ: 'PRE-TRIAL CHAMBER II', situation: 'SITUATION IN THE REPUBLIC OF KENYA',
            caseLine: 'IN THE CASE OF THE PROSECUTOR v. DANIEL OTIENO KILONZO', classification: 'UNDER SEAL',
            fields: [{ label: 'Original:', value: 'English' }, { label: 'No.:', value: 'ICC-\u206001/09-\u206001/26' }, { label: 'Date:', value: '25\u00a0June\u00a02026' }]
        });
        expect(fr).toMatchObject({
            type: 'cover', organ: 'CHAMBRE PRÉLIMINAIRE II', situation: 'SITUATION EN RÉPUBLIQUE DU KENYA',
            caseLine: 'AFFAIRE LE PROCUREUR c. DANIEL OTIENO KILONZO', classification: 'SOUS SCELLÉS',
            fields: [{ label: 'Original\u00a0:', value: 'anglais' }, { label: 'N°\u00a0:', value: 'ICC-\u206001/09-\u206001/26' }, { label: 'Date\u00a0:', value: '25\u00a0juin\u00a02026' }]
        });
    });

    test('a language written in French or in lower case is named as the Court names it, and French is the original', () => {
        const en = model('REG-2026-0906', 'en');
        const fr = model('REG-2026-0906', 'fr');
        expect(en.blocks[0]).toMatchObject({ fields: [{ label: 'Original:', value: 'French' }, {}, {}] });
        expect(fr.blocks[0]).toMatchObject({ fields: [{ label: 'Original\u00a0:', value: 'français' }, {}, {}] });
        expect(readerText(en)).toContain('This request is in French, accompanied by a translation into English.');
        expect(readerText(fr)).toContain('La présente demande est rédigée en français et accompagnée d\'une traduction en anglais.');
    });

    test('French documents name every language in French: those of the examples\' persons, the designations\' and States Parties\' official languages', () => {
        expect(readerText(model('OTP-2026-0204', 'fr'))).toContain('Langues\u00a0: anglais, suédois\u00a0;');
        expect(readerText(model('REG-2026-0210', 'fr'))).toContain('Langues\u00a0: français, songhaï\u00a0;');
        expect(readerText(model('OTP-2026-0202', 'fr'))).toContain('Langues\u00a0: luo, swahili\u00a0;');
        expect(readerText(model('OTP-2026-0400', 'fr'))).toContain('Langues\u00a0: lango, anglais\u00a0;');
        const french: Record<string, string> = {
            Swedish: 'suédois', Norwegian: 'norvégien', Danish: 'danois', Finnish: 'finnois', Czech: 'tchèque', Slovak: 'slovaque',
            Romanian: 'roumain', Bulgarian: 'bulgare', Croatian: 'croate', Serbian: 'serbe', Slovenian: 'slovène', Lithuanian: 'lituanien',
            Latvian: 'letton', Estonian: 'estonien', Japanese: 'japonais', Korean: 'coréen', Mongolian: 'mongol', Malagasy: 'malgache',
            Catalan: 'catalan', Romansh: 'romanche', Kiswahili: 'swahili', kiswahili: 'swahili'
        };
        for (const [english, name] of Object.entries(french)) expect(languageName(english, 'fr'), english).toBe(name);
        expect(languageName('Kiswahili', 'en')).toBe('Swahili');
        expect(sameLanguage('Kiswahili', 'Swahili')).toBe(true);
        expect(languageName('suédois', 'en')).toBe('Swedish');
        // Every language a file of the workspace or the built-in library writes is one the documents can name in French.
        const known = new Set(knownLanguages().map(l => l.english));
        const properties = ['language', 'languages', 'translations', 'questioningLanguage', 'interpreter', 'translation', 'selfIncriminationLanguage', 'translationInto'];
        const written = new Set<string>();
        for (const document of services.shared.workspace.LangiumDocuments.all) {
            for (const node of AstUtils.streamAst(document.parseResult.value)) {
                for (const property of properties) {
                    const value = (node as unknown as Record<string, unknown>)[property];
                    for (const l of (Array.isArray(value) ? value : [value])) if (typeof l === 'string') written.add(l);
                }
            }
        }
        expect(written.size).toBeGreaterThan(10);
        expect([...written].filter(l => !known.has(canonicalLanguage(l)))).toEqual([]);
    });

    test('national law: no requirement known, with the provision of the kind of request, and none where its article has no such element', () => {
        expect(readerText(model('REG-2026-0101', 'en'))).toContain('that must be met for the execution of this request (article 91(2)(c) of the Rome Statute). It invites');
        expect(readerText(model('OTP-2026-0201', 'en'))).toContain('that must be met for the execution of this request (article 96(2)(e) of the Rome Statute). It invites');
        for (const name of ['REG-2026-0907', 'REG-2026-0908']) {
            const en = readerText(model(name, 'en'));
            expect(en, name).toContain('The Court is not aware of any requirement of the law of the requested State that must be met for the execution of this request. It invites');
            expect(en, name).not.toMatch(/91\(2\)\(c\)|96\(2\)\(e\)/);
            expect(readerText(model(name, 'fr')), name).toContain('à laquelle l\'exécution de la présente demande serait subordonnée. Elle invite');
        }
    });

    test('art. 97 and rule 178 are cited to a State bound as a party only, not to a State not party or an organisation', () => {
        const consult = 'invited to consult the Court without delay in order to resolve the matter';
        // Kenya, a State Party; Hungary, withdrawn, for proceedings commenced before its withdrawal took effect (art. 127(2)).
        for (const name of ['REG-2026-0101', 'OTP-2026-0302']) {
            expect(readerText(model(name, 'en')), name).toContain(`${consult}, in accordance with article 97 of the Rome Statute.`);
            expect(readerText(note(name, 'en')), name).toMatch(/The request is in English, in accordance with article 87\(2\) of the Rome Statute and rule 178 of the Rules of Procedure and Evidence\./);
        }
        // The United States of America (not party: art. 87(5)) and the United Nations (art. 87(6)).
        for (const name of ['OTP-2026-0300', 'OTP-2026-0310']) {
            const request = readerText(model(name, 'en'));
            const verbale = readerText(note(name, 'en'));
            expect(request, name).toContain(`${consult}.`);
            expect(verbale, name).toContain('The request is in English.');
            expect(`${request}\n${verbale}`, name).not.toMatch(/article 97|rule 178/);
            expect(readerText(model(name, 'fr')), name).toContain('en vue de régler la question.');
        }
    });

    test('a State not party is invited, in the request and in its note verbale alike (art. 87(5)(a)); a State Party is requested', () => {
        // The United States of America on an ad hoc arrangement; the Sudan on another appropriate basis.
        for (const name of ['OTP-2026-0300', 'OTP-2026-0304']) {
            expect(readerText(model(name, 'en')), name).toMatch(/Court”\) invites the (United States of America|Sudan) to provide the assistance/);
            expect(readerText(model(name, 'fr')), name).toMatch(/Cour\u00a0»\) invite (les États-Unis d'Amérique|le Soudan) à fournir l'assistance/);
            expect(readerText(note(name, 'en')), name).toContain('The requested State is invited to provide the assistance described in the request');
            expect(readerText(note(name, 'fr')), name).toContain('L\'État requis est invité à fournir l\'assistance décrite dans la demande (');
            for (const lang of ['en', 'fr'] as const) expect(readerText(note(name, lang)), name).not.toMatch(/is asked to|Il est demandé/);
        }
        // A State bound by an art. 12(3) declaration cooperates "in accordance with Part 9": requested, as a State Party is.
        for (const name of ['OTP-2024-0301', 'OTP-2026-0201']) {
            expect(readerText(model(name, 'en')), name).toMatch(/Court”\) requests /);
            expect(readerText(note(name, 'en')), name).toContain('The requested State is asked to provide');
            expect(readerText(note(name, 'fr')), name).toContain('Il est demandé à l\'État requis de fournir');
        }
    });

    test('French: a provision in parentheses has no article, as "(article 99, paragraphe 4, du Statut de Rome)"', () => {
        const arrest = readerText(model('REG-2026-0101', 'fr'));
        expect(arrest).toContain('serait subordonnée (article 91, paragraphe 2, alinéa c), du Statut de Rome).');
        const assistance = readerText(model('OTP-2026-0203', 'fr'));
        expect(assistance).toContain('fournir l\'assistance décrite dans la présente demande (article 93, paragraphe 1, alinéa e), du Statut de Rome).');
        // The note verbale is not the request: it encloses it ("la demande", "the request"), and never calls itself one.
        expect(readerText(note('OTP-2026-0203', 'fr'))).toContain('Il est demandé à l\'État requis de fournir l\'assistance décrite dans la demande (article 93, paragraphe 1, alinéa e), du Statut de Rome).');
        for (const name of requests.keys()) for (const lang of ['en', 'fr'] as const) expect(readerText(note(name, lang)), `${name} ${lang}`).not.toMatch(/this request|présente demande/);
        expect(readerText(model('OTP-2024-0301', 'fr'))).toContain('(articles 93, paragraphe 1, alinéa g), et 93, paragraphe 1, alinéa b), du Statut de Rome)');
        for (const doc of [arrest, assistance]) expect(doc).not.toMatch(/\((l'|la |les )(article|règle)/);
        // Running text keeps its article.
        expect(assistance).toContain('Conformément à l\'article 87, paragraphe 3, du Statut de Rome');
    });

    test('French: the fixed words around a person\'s fields and the places concerned are French, with French punctuation', () => {
        const witness = readerText(model('OTP-2026-0203', 'fr'));
        expect(witness).toContain('Langue de l\'instruction relative à l\'auto-incrimination (règles 74 et 190)\u00a0: swahili (annexe A1)');
        expect(witness).not.toContain('(annex A1)');
        expect(readerText(model('OTP-2026-0203', 'en'))).toContain('Language of the instruction on self-incrimination (rules 74 and 190): Swahili (annex A1)');
        expect(readerText(model('OTP-2026-0204', 'fr'))).toContain('G1\u00a0: Mass grave north of the former Barlonyo camp (Barlonyo, Lira District; coordinates in annex A1)');
        expect(readerText(model('OTP-2026-0204', 'en'))).toContain('G1: Mass grave north of the former Barlonyo camp (Barlonyo, Lira District; coordinates in annex A1)');
    });

    test('a request to an organisation speaks to the requested organisation, and does not bind it by art. 87(3), written for a requested State', () => {
        for (const name of ['OTP-2026-0310', 'REG-2026-0312']) {
            const en = readerText(model(name, 'en'));
            const fr = readerText(model(name, 'fr'));
            expect(en, name).toContain('Should the requested organisation identify problems which may impede or prevent the execution of this request, it is invited to consult the Court');
            expect(fr, name).toContain('Si l\'organisation requise constate que la demande soulève des difficultés qui pourraient en gêner ou en empêcher l\'exécution, elle est invitée à consulter la Cour');
            expect(fr, name).toContain('La Cour saurait gré à l\'organisation requise de bien vouloir lui répondre au plus tard le');
            for (const text of [en, fr, readerText(note(name, 'en')), readerText(note(name, 'fr'))]) {
                expect(text, name).not.toMatch(/requested State|État requis|article 87\(3\)|article 87, paragraphe 3/);
            }
        }
        expect(readerText(model('OTP-2026-0310', 'en'))).toContain('The Court asks the requested organisation to keep this request and any documents supporting it confidential, except to the extent that disclosure is necessary for its execution.');
        expect(readerText(note('OTP-2026-0310', 'en'))).toContain('The Court would be grateful if they were kept confidential, except to the extent that disclosure is necessary for the execution of the request.');
        // A State keeps art. 87(3).
        expect(readerText(model('OTP-2026-0201', 'en'))).toContain('In accordance with article 87(3) of the Rome Statute, the requested State shall keep this request');
        expect(readerText(note('OTP-2026-0201', 'fr'))).toContain('conformément à l\'article 87, paragraphe 3, du Statut de Rome');
    });

    test('the costs the Court bears (art. 100(1)) are stated, each under its letter where Part 9 binds the State as a party', () => {
        const en = readerText(model('OTP-2026-0400', 'en'));
        expect(en).toContain('The following costs will be borne by the Court:\nTravel and subsistence of two investigators of the Office attending the handover of the records (article 100(1)(c) of the Rome Statute)\nTranslation of the Lango entries of the registers (article 100(1)(b) of the Rome Statute)');
        expect(readerText(model('OTP-2026-0400', 'fr'))).toContain('Les frais suivants seront à la charge de la Cour\u00a0:\nTravel and subsistence of two investigators of the Office attending the handover of the records (article 100, paragraphe 1, alinéa c), du Statut de Rome)');
        // A single cost is no list: it follows its introduction, in the singular, in one paragraph.
        for (const name of ['OTP-2026-0201', 'OTP-2026-0203', 'OTP-2026-0204', 'OTP-2026-0220', 'REG-2026-0210']) {
            expect(readerText(model(name, 'en')), name).toMatch(/\nThe following cost will be borne by the Court: .+ \(article 100\(1\)\([a-f]\) of the Rome Statute\)\.\n/);
        }
        expect(readerText(model('OTP-2026-0201', 'fr'))).toContain('\nLes frais suivants seront à la charge de la Cour\u00a0: Interpretation provided by the Court (article 100, paragraphe 1, alinéa b), du Statut de Rome).\n');
        // To a State not party (art. 87(5)) the cost is stated without the article written for States Parties.
        const nonParty = readerText(model('OTP-2026-0909', 'en'));
        expect(nonParty).toContain('The following cost will be borne by the Court: Translation of the records.\n');
        expect(nonParty).not.toContain('article 100');
    });

    test('transit: the time of the scheduled landing is stated with the date (art. 89(3))', () => {
        expect(readerText(model('REG-2026-0210', 'en'))).toContain('Transport by air; a landing is scheduled (12 November 2026 at 09:40 UTC+01:00).');
        // French writes the time of day "9 h 40", not "09:40".
        expect(readerText(model('REG-2026-0210', 'fr'))).toContain('un atterrissage est prévu (12 novembre 2026 à 9\u00a0h\u00a040 UTC+01:00).');
    });

    test('national law: the consultations the stated requirements come from (art. 91(4)), in both languages', () => {
        // The record is described by its date and summary, not by its name in the source.
        expect(allText(model('REG-2026-0102', 'en'))).toContain('The requested State was consulted on the requirements of its national law (article 91(4) of the Rome Statute) on 18 November 2025. Consultations with the Ministry of Justice');
        expect(allText(model('REG-2026-0102', 'fr'))).toContain('L\'État requis a été consulté sur les exigences de son droit interne (article 91, paragraphe 4, du Statut de Rome) le 18 novembre 2025. Consultations with the Ministry of Justice');
        expect(allText(model('REG-2026-0101', 'en'))).not.toContain('was consulted on the requirements');
    });

    test('State names come from the library, in French with their article; provisions are cited in full', () => {
        const en = allText(model('REG-2026-0101', 'en'));
        const fr = allText(model('REG-2026-0101', 'fr'));
        expect(en).toContain('requests the United Republic of Tanzania to arrest and surrender');
        expect(fr).toContain('demande à la République-Unie de Tanzanie de procéder');
        expect(en).toContain('article 91(2) of the Rome Statute');
        expect(fr).toContain('l\'article 91, paragraphe 2, du Statut de Rome');
        expect(en).toContain('article 87(3) of the Rome Statute');
    });

    test('paragraphs are numbered 1, 2, 3... and headings I, II, III...', () => {
        const doc = model('OTP-2026-0202', 'en');
        const numbers = doc.blocks.flatMap(b => (b.type === 'paragraph' && b.number !== undefined ? [b.number] : []));
        expect(numbers.length).toBeGreaterThan(5);
        expect(numbers).toEqual(numbers.map((_, i) => i + 1));
        const labels = doc.blocks.flatMap(b => (b.type === 'heading' && b.level === 1 ? [b.label] : []));
        expect(labels.slice(0, 3)).toEqual(['I.', 'II.', 'III.']);
        expect(doc.blocks.some(b => b.type === 'table' && b.role === 'annexes')).toBe(true);
        // The first heading is the request's, not the label of its purpose, the paragraph under it (art. 96(2)(a)).
        expect(readerText(model('OTP-2026-0202', 'en'))).toMatch(/^Request\nThe Prosecutor [^\n]+\nPurpose of the request: /m);
        expect(readerText(model('OTP-2026-0202', 'fr'))).toMatch(/^Demande\nLe Procureur [^\n]+\nObjet de la demande\u00a0: /m);
    });

    test('every page carries the classification; --draft adds DRAFT / PROJET', () => {
        const doc = model('REG-2026-0101', 'fr', true);
        expect(doc.header[0].center).toEqual([{ type: 'text', text: 'SOUS SCELLÉS', bold: true }]);
        expect(doc.header[0].right).toEqual([{ type: 'text', text: 'PROJET', bold: true }]);
        expect(doc.footer[0].center.map(p => p.type)).toEqual(['page-number', 'text', 'page-count']);
        expect(doc.meta.draft).toBe(true);
        expect(model('REG-2026-0101', 'en').header[0].right).toEqual([]);
    });

    test.each([
        ['en', 'No. ICC-01/09-01/26', '25 June 2026'],
        ['fr', 'N° ICC-01/09-01/26', '25 juin 2026']
    ] as const)('the request\'s footer is the Court\'s: number, page/total, the date of the cover (document-format.md §4.3 item 10) (%s)', (lang, no, date) => {
        const doc = model('REG-2026-0101', lang);
        const printed = (parts: RunningPart[]) => parts.map(p => (p.type === 'text' ? `${words(p.text)}${p.bold ? ' (bold)' : ''}` : `<${p.type}>`)).join('');
        expect(doc.footer.map(l => [printed(l.left), printed(l.center), printed(l.right)])).toEqual([[no, '<page-number>/<page-count>', date]]);
    });

    test('a request with no number or no date: its footer leaves that side empty, as its cover leaves the field out', async () => {
        const { setup } = await import('../helpers.js');
        const document = await setup().parse('request OTP-2026-0997 {\n  kind assistance art. 93(1)(i)\n  annex A1 "Copy of the record"\n}\n');
        const bare = document.parseResult.value.elements.find((e): e is Request => e.$type === 'Request')!;
        for (const lang of ['en', 'fr'] as const) {
            const doc = buildRequestDocument(bare, { lang, stateLibrary });
            expect(doc.footer).toEqual([{ left: [], center: [{ type: 'page-number' }, { type: 'text', text: '/' }, { type: 'page-count' }], right: [] }]);
        }
    });

    test.each([
        ['REG-2026-0903', 'en', 'PUBLIC / With Confidential Annex A1'],
        ['REG-2026-0903', 'fr', 'PUBLIC / Avec annexe confidentielle A1'],
        ['REG-2026-0904', 'en', 'CONFIDENTIAL / With Under Seal Annexes A1 and A3'],
        ['REG-2026-0904', 'fr', 'CONFIDENTIEL / Avec annexes sous scellés A1 et A3'],
        ['REG-2026-0101', 'en', 'UNDER SEAL'],
        ['OTP-2026-0205', 'en', 'UNDER SEAL / URGENT']
    ] as const)('the cover\'s classification line names the annexes classified otherwise than the request (document-format.md §4.3 item 7) (%s, %s)', (name, lang, line) => {
        const doc = model(name, lang);
        const cover = doc.blocks[0];
        expect(cover.type === 'cover' && words(cover.classification)).toBe(line);
        // The running header keeps the request's own marks.
        expect(words((doc.header[0].center[0] as { text: string }).text)).toBe(line.replace(/ \/ (With|Avec) .*?(?= \/ |$)/, ''));
    });

    test('the note verbale, not a Court record, has no record number or date in its footer: "Page X of Y" and the classification', () => {
        const doc = note('REG-2026-0101', 'fr');
        expect(doc.header[0].center).toEqual([{ type: 'text', text: 'SOUS SCELLÉS', bold: true }]);
        expect(doc.footer).toEqual([{
            left: [],
            center: [{ type: 'text', text: 'Page ' }, { type: 'page-number' }, { type: 'text', text: ' sur ' }, { type: 'page-count' }],
            right: [{ type: 'text', text: 'SOUS SCELLÉS', bold: true }]
        }]);
    });

    test('the note verbale: third person, opening and closing formulas, declared channel, marked as synthetic', () => {
        const en = note('REG-2026-0101', 'en');
        const text = allText(en);
        // The recipient's own comma opens an apposition that a comma closes.
        expect(text).toContain('The Registry of the International Criminal Court presents its compliments to the Embassy of the United Republic of Tanzania, The Hague, and has the honour to transmit');
        expect(text).toContain('avails itself of this opportunity to renew to the Embassy of the United Republic of Tanzania, The Hague, the assurances of its highest consideration');
        expect(text).not.toMatch(/\b(I|we|my|our)\b/);
        expect(en.blocks.some(b => b.type === 'closing' && !b.signature)).toBe(true);
        expect(en.meta.provenance.kind).toBe('synthetic-conventions');
        expect(en.meta.provenance.note).toMatch(/not an attested ICC/);
        const fr = allText(note('REG-2026-0101', 'fr'));
        expect(fr).toContain('présente ses compliments à l\'Ambassade de la République-Unie de Tanzanie');
        expect(fr).toContain('les assurances de sa très haute considération');
    });

    test('the note verbale goes through the channel the State designated (a NOT VERIFIED designation is flagged to the author)', async () => {
        // A designation declared in the workspace, verified: its authority is the addressee, no warning.
        const ghana = note('OTP-2026-0901', 'en');
        expect(allText(ghana)).toContain('presents its compliments to the Office of the Attorney-General and Ministry of Justice, Accra, and has the honour');
        expect(allText(ghana)).toContain('It is transmitted through the channel designated under article 87(1)(a) of the Rome Statute.');
        expect(ghana.meta.warnings).toEqual([]);
        // The built-in library's example for the Netherlands is NOT VERIFIED: footnote and warning.
        const netherlands = note('REG-2026-0902', 'en');
        expect(allText(netherlands)).toContain('presents its compliments to the Ministry of Justice, Office of International Legal Assistance in Criminal Matters');
        expect(netherlands.meta.warnings.join(' ')).toMatch(/the Kingdom of the Netherlands .* NOT VERIFIED/);
        // The author is told (rogatory build and the export report meta.warnings); the document meant to be sent is not.
        expect(readerText(netherlands)).not.toMatch(/VERIFIED|confirm it/);
        expect(netherlands.footnotes).toEqual([]);
        expect(allText(note('REG-2026-0902', 'fr'))).toContain('présente ses compliments à l\'autorité désignée par le Royaume des Pays-Bas (Ministry of Justice');
        // Without a designation: the embassy, through the diplomatic channel.
        expect(allText(note('REG-2026-0210', 'en'))).toContain('presents its compliments to the Embassy of the French Republic');
        // The Office of the Prosecutor transmits its own requests (rule 176(2)).
        // An organisation's office is named with the organisation, as a ministry is with its State, unless its name says which.
        expect(allText(note('OTP-2026-0310', 'en'))).toContain('The Office of the Prosecutor of the International Criminal Court presents its compliments to the Office of Legal Affairs of the United Nations and has the honour');
        expect(allText(note('OTP-2026-0310', 'en'))).toContain('to renew to the Office of Legal Affairs of the United Nations the assurances');
        expect(allText(note('OTP-2026-0905', 'en'))).toContain('presents its compliments to the Directorate of Legal Advice and Public International Law of the Council of Europe and has the honour');
        expect(allText(note('OTP-2026-0906', 'en'))).toContain('presents its compliments to the UN Office of Legal Affairs and has the honour');
        // In French, an office written in French: the article contracted, the organisation after it.
        expect(allText(note('OTP-2026-0907', 'fr'))).toContain('présente ses compliments au Bureau des affaires juridiques de l\'Organisation des Nations Unies et a l\'honneur');
        expect(allText(note('OTP-2026-0907', 'fr'))).toContain('renouveler au Bureau des affaires juridiques de l\'Organisation des Nations Unies les assurances');
        expect(allText(note('OTP-2026-0310', 'en'))).toContain('The requested organisation is asked to provide');
        // French: the State's name with its article, the embassy idiom, elision before a verb.
        const transit = allText(note('REG-2026-0210', 'fr'));
        expect(transit).toContain('présente ses compliments à l\'Ambassade de la République française');
        expect(transit).toContain('Il est demandé à l\'État requis d\'autoriser le transport');
    });
});

describe('DOCX', () => {
    test.each(['en', 'fr'] as const)('real headings, numbering, header/footer with classification and page X of Y, A4 and 2.5 cm margins (%s)', async lang => {
        const parts = docxParts(await renderDocx(model('REG-2026-0101', lang)));
        const document = parts['word/document.xml'];
        expect(document).toContain('<w:pStyle w:val="Heading1"/>');
        expect(document).toContain('<w:pStyle w:val="Heading2"/>');
        expect((document.match(/<w:numPr>/g) ?? []).length).toBeGreaterThan(10);
        // A4 (11906 x 16838 twips) and margins of at least 2.5 cm (1417.3 twips).
        const pgSz = /<w:pgSz w:w="(\d+)" w:h="(\d+)"/.exec(document)!;
        expect([Number(pgSz[1]), Number(pgSz[2])]).toEqual([11906, 16838]);
        const pgMar = /<w:pgMar w:top="(\d+)" w:right="(\d+)" w:bottom="(\d+)" w:left="(\d+)"/.exec(document)!;
        for (const m of pgMar.slice(1)) expect(Number(m) / 1440 * 2.54).toBeGreaterThanOrEqual(2.5);
        const header = Object.entries(parts).filter(([n]) => /^word\/header\d*\.xml$/.test(n)).map(([, x]) => x).join('');
        const footer = Object.entries(parts).filter(([n]) => /^word\/footer\d*\.xml$/.test(n)).map(([, x]) => x).join('');
        expect(header).toContain(lang === 'en' ? 'UNDER SEAL' : 'SOUS SCELLÉS');
        expect(footer).not.toContain(lang === 'en' ? 'UNDER SEAL' : 'SOUS SCELLÉS');
        // The Court's footer (document-format.md §4.3 item 10): "No. ICC-01/09-01/26   1/4   25 June 2026".
        const printed = words((footer.match(/<w:t[^>]*>[^<]*<\/w:t>|<w:instrText[^>]*>[^<]*<\/w:instrText>/g) ?? [])
            .map(t => t.replace(/<[^>]+>/g, '').trim()).join(' ')).trim();
        expect(printed).toBe(lang === 'en' ? 'No. ICC-01/09-01/26 PAGE / NUMPAGES 25 June 2026' : 'N° ICC-01/09-01/26 PAGE / NUMPAGES 25 juin 2026');
        // The running marks in the text's 12 point: reg. 36(3) makes only footnotes 10 point.
        for (const marks of [header, footer]) {
            expect(marks).toMatch(/<w:sz w:val="24"\/>/);
            expect(marks).not.toMatch(/<w:sz w:val="20"\/>/);
        }
        // The annex table at the text's 1.5 lines, as in the PDF and the HTML.
        const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(document)![0];
        expect(table).toContain('Photographs and fingerprint card of the person sought');
        expect(table).toMatch(/<w:spacing[^>]*w:line="360" w:lineRule="auto"/);
        expect(table).not.toMatch(/<w:spacing[^>]*w:line="240"/);
        // Font, 12 pt at 1.5 lines; footnotes 10 pt single.
        const styles = parts['word/styles.xml'];
        expect(styles).toContain('w:ascii="Times New Roman"');
        expect(styles).toMatch(/<w:pPrDefault><w:pPr><w:spacing w:line="360" w:lineRule="auto"\/>/);
        expect(styles).toMatch(/<w:sz w:val="24"\/>/);
        expect(styles).toMatch(/w:styleId="FootnoteText"[\s\S]*?<w:spacing[^>]*w:line="240" w:lineRule="auto"[\s\S]*?<w:sz w:val="20"\/>/);
        expect(parts['word/footnotes.xml']).toContain(lang === 'en' ? 'A copy is annexed to this request (annex\u00a0A1).' : 'Une copie est jointe');
        expect(parts['word/numbering.xml']).toContain('w:val="upperRoman"');
        expect(parts['word/numbering.xml']).toContain('w:val="lowerLetter"');
    });

    test('the note verbale is single-spaced, its paragraphs a blank line apart (note-verbale.md §2)', async () => {
        const parts = docxParts(await renderDocx(note('REG-2026-0101', 'en')));
        expect(parts['word/styles.xml']).toMatch(/<w:pPrDefault><w:pPr><w:spacing w:line="240" w:lineRule="auto"\/>/);
        // The opening formula and the closing formula: 276 twips after each, one single line of 12 pt Times.
        for (const start of ['The Registry of the International Criminal Court presents', 'The Registry of the International Criminal Court avails']) {
            const paragraph = [...parts['word/document.xml'].matchAll(/<w:p>.*?<\/w:p>/gs)].map(m => m[0]).find(p => p.includes(start))!;
            expect(paragraph).toContain('<w:spacing w:after="276"/>');
        }
    });

    test('a draft has DRAFT in the header of every page (and as a watermark)', async () => {
        const parts = docxParts(await renderDocx(model('REG-2026-0101', 'en', true)));
        const header = Object.entries(parts).filter(([n]) => /^word\/header\d*\.xml$/.test(n)).map(([, x]) => x).join('');
        expect(header).toContain('>DRAFT<');
        expect(header).toMatch(/PowerPlusWaterMarkObject|v:textpath/);
    });
});

describe('HTML', () => {
    test.each(['en', 'fr'] as const)('a self-contained printable page: A4 @page, running marks, numbered paragraphs, annex table (%s)', lang => {
        const html = renderHtml(model('OTP-2026-0202', lang));
        const { document } = parseHTML(html);
        expect(document.documentElement.getAttribute('lang')).toBe(lang);
        expect(document.querySelectorAll('script, link, img, iframe, object')).toHaveLength(0);
        expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
        const css = document.querySelector('style')!.textContent!;
        expect(css).toContain('size: A4');
        expect(css).toContain('margin: 2.5cm');
        // The Court's footer (document-format.md §4.3 item 10): "No. ICC-01/09   1/4   20 October 2026", the date not bold.
        const box = (name: string) => words(new RegExp(`@${name} \\{ content: ([^;]*);([^}]*)\\}`).exec(css)![0]
            .replace(/\\([0-9a-f]+) ?/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))));
        expect(box('bottom-left')).toMatch(lang === 'en' ? /content: "No\. ICC-01\/09";(?!.*bold)/ : /content: "N° ICC-01\/09";(?!.*bold)/);
        expect(box('bottom-center')).toContain('content: counter(page) "/" counter(pages);');
        expect(box('bottom-right')).toMatch(lang === 'en' ? /content: "20 October 2026";(?!.*bold)/ : /content: "20 octobre 2026";(?!.*bold)/);
        expect(css).toMatch(/@top-center \{ content: "CONFIDENTI/);
        expect(document.querySelectorAll('h1').length).toBeGreaterThan(5);
        expect(document.querySelectorAll('p.numbered').length).toBeGreaterThan(5);
        expect(document.querySelector('table.annexes th')!.textContent).toBe(lang === 'en' ? 'Annex' : 'Annexe');
        expect(document.querySelector('.running.header .center')!.textContent).toBe(lang === 'en' ? 'CONFIDENTIAL' : 'CONFIDENTIEL');
        // On screen, the same footer as on paper: the number, (the page, on paper only) and the date.
        expect(Array.from(document.querySelectorAll('.running.footer > span')).map(s => words(s.textContent!)))
            .toEqual(lang === 'en' ? ['No. ICC-01/09', '', '20 October 2026'] : ['N° ICC-01/09', '', '20 octobre 2026']);
    });

    test('invisible direction characters of the author\'s text are left out of every format', async () => {
        const controls = /[\u202A-\u202E\u2066-\u2069]/;
        for (const lang of ['en', 'fr'] as const) {
            for (const doc of [model('OTP-2026-0919', lang), note('OTP-2026-0919', lang)]) {
                expect(JSON.stringify(doc)).not.toMatch(controls);
                expect(renderHtml(doc)).not.toMatch(controls);
                expect(renderMarkdown(doc)).not.toMatch(controls);
                expect(Object.values(docxParts(await renderDocx(doc))).join('')).not.toMatch(controls);
            }
        }
        expect(readerText(model('OTP-2026-0919', 'en'))).toContain('To obtain the records of the hospital.');
    });

    test('every author string is escaped: nothing hostile becomes markup or escapes the CSS', () => {
        for (const lang of ['en', 'fr'] as const) {
            for (const doc of [model('REG-2026-0999', lang), note('REG-2026-0999', lang)]) {
                const html = renderHtml(doc);
                const { document } = parseHTML(html);
                expect(document.querySelectorAll('script, img')).toHaveLength(0);
                expect(document.querySelectorAll('style')).toHaveLength(1);
                expect(document.querySelectorAll('table')).toHaveLength(doc.meta.document === 'request' ? 1 : 0);
                if (doc.meta.document === 'request') expect(document.title).toContain('Request </title><script>alert(\'title\')</script>');
                const style = document.querySelector('style')!.textContent!;
                expect(style).not.toContain('</style');
                expect(style).not.toContain('<script');
                expect(document.body.textContent).toContain('Registry only" } </style><script>alert(\'css\')</script>');
            }
        }
        const body = parseHTML(renderHtml(model('REG-2026-0999', 'en'))).document.body.textContent!;
        expect(body).toContain('Mallory <script>alert(\'name\')</script> & "Eve"');
        expect(body).toContain('Nairobi </td></tr></table><script>alert(\'location\')</script>');
    });
});

describe('French punctuation', () => {
    test('every French model, the note verbale\'s provenance included, has a no-break space before ":" ";" "!" "?" "»" and after "«"', () => {
        for (const name of requests.keys()) {
            for (const doc of [model(name, 'fr'), note(name, 'fr')]) {
                // The author's own texts are reproduced as written (in English in the examples): only the fixed wording is held to it.
                const fixed = JSON.stringify(doc).match(/[^"]* [:;!?»][^"]*|[^"]*« [^"]*/g) ?? [];
                expect(fixed, `${name} ${doc.meta.document}`).toEqual([]);
            }
        }
    });
});

describe('Markdown and JSON', () => {
    test('Markdown escapes author text and carries the classification at the top and bottom', () => {
        const md = renderMarkdown(model('REG-2026-0999', 'en'));
        expect(md.split('\n')[0]).toContain('CONFIDENTIAL');
        expect(md.trim().split('\n').at(-1)).toContain('CONFIDENTIAL');
        expect(md).not.toMatch(/(?<!\\)<script/);
        expect(md).toContain('\\*\\*bold\\*\\* \\[link\\](https://example.invalid)');
        expect(md).toMatch(/^1\\\. /m);
    });

    test('JSON is the document model itself, with the synthetic-template flag on the note verbale', async () => {
        const files = await generate(request('REG-2026-0101'), { formats: ['json'], lang: ['en', 'fr'], stateLibrary });
        expect(files.map(f => f.fileName)).toEqual([
            'REG-2026-0101.en.json', 'REG-2026-0101.note-verbale.en.json', 'REG-2026-0101.fr.json', 'REG-2026-0101.note-verbale.fr.json'
        ]);
        const parsed = JSON.parse(files[1].content as string) as GeneratedDocument;
        expect(parsed).toEqual(JSON.parse(JSON.stringify(note('REG-2026-0101', 'en')), (_key, value: unknown) => (typeof value === 'string' ? searchableText(value) : value)));
        expect(parsed.meta).toMatchObject({ schema: 'rogatory-document/1', document: 'note-verbale', provenance: { kind: 'synthetic-conventions' } });
        expect(parsed.layout).toMatchObject({ size: 'A4', marginMm: 25, bodySizePt: 12, footnoteSizePt: 10, font: { family: 'Times New Roman' } });
    });

    test('the JSON and the Markdown are searched as typed: no word joiner, plain spaces but French punctuation\'s; the printed formats keep them', async () => {
        const files = await generate(request('REG-2026-0101'), { formats: ['json', 'md', 'html'], lang: ['en', 'fr'], stateLibrary });
        const content = (name: string) => files.find(f => f.fileName === name)!.content as string;
        for (const name of ['REG-2026-0101.en.json', 'REG-2026-0101.en.md']) {
            const text = content(name);
            expect(text, name).not.toMatch(/[\u00a0\u2060]/);
            expect(text, name).toContain('ICC-01/09-01/26');
            expect(text, name).toContain('25 June 2026');
            expect(text, name).toContain('article 91(2)(c) of the Rome Statute');
        }
        expect(JSON.parse(content('REG-2026-0101.en.json')).blocks.at(-1)).toMatchObject({ type: 'closing', lines: ['Dated this 25 June 2026', 'At The Hague, the Netherlands', 'PRE-TRIAL CHAMBER II'] });
        for (const name of ['REG-2026-0101.fr.json', 'REG-2026-0101.fr.md']) {
            const text = content(name);
            expect(text, name).not.toContain('\u2060');
            expect(text, name).toContain('25 juin 2026');
            expect(text, name).toContain('ICC-01/09-01/26');
            // French punctuation's no-break space is the spelling of the French text.
            expect(text, name).toContain('Date\u00a0:');
            expect(text, name).toContain('(la «\u00a0Cour\u00a0»)');
            expect(text, name).not.toMatch(/(?<!«)\u00a0(?![:;!?»])/);
        }
        expect(searchableText('à 9\u00a0h\u00a040\u00a0UTC ; art.\u00a08(2)\u2060(e) ; «\u00a0Cour\u00a0» ; Date\u00a0: ; Quoi\u00a0?')).toBe('à 9 h 40 UTC ; art. 8(2)(e) ; «\u00a0Cour\u00a0» ; Date\u00a0: ; Quoi\u00a0?');
        // The HTML, laid out, keeps its no-break spaces.
        expect(content('REG-2026-0101.en.html')).toContain('Dated this 25\u00a0June\u00a02026');
    });
});

describe('what a line never breaks', () => {
    test('a date, a time\'s zone, a citation\'s word and its number, "No." and its number are joined by no-break spaces', () => {
        expect(keepTogether('born on 11 April 1976 in Eldoret, on 1er juillet 2002 and 9 May')).toBe('born on 11\u00a0April\u00a01976 in Eldoret, on 1er\u00a0juillet\u00a02002 and 9\u00a0May');
        expect(keepTogether('at 09:40 UTC+01:00 / à 9\u00a0h\u00a040 UTC+01:00')).toBe('at 09:40\u00a0UTC+01:00 / à 9\u00a0h\u00a040\u00a0UTC+01:00');
        expect(keepTogether('art. 93(1)(k), articles 87(6) and 93(1)(i), rule 188, sub-rule 2, regulation 36(3)'))
            .toBe('art.\u00a093(1)\u2060(k), articles\u00a087(6) and 93(1)\u2060(i), rule\u00a0188, sub-rule\u00a02, regulation\u00a036(3)');
        expect(keepTogether('l\'article 87, paragraphe 3, alinéa e), règle 176, Warrant No. ICC-01/09-01/26-14, mandat n° ICC-01/12'))
            .toBe('l\'article\u00a087, paragraphe\u00a03, alinéa\u00a0e), règle\u00a0176, Warrant No.\u00a0ICC-\u206001/09-\u206001/26-\u206014, mandat n°\u00a0ICC-\u206001/12');
        // A month and its year; the labels of a provision, and a Court number after its hyphens, by word joiners (no space to hold).
        expect(keepTogether('la règle 176, disposition 4 ; in annex A1; les annexes A1 et A3'))
            .toBe('la règle\u00a0176, disposition\u00a04 ; in annex\u00a0A1; les annexes\u00a0A1 et A3');
        expect(keepTogether('since March 2026, art. 8(2)(e)(iv), the ICC-01/04-03/21-540-Red')).toBe('since March\u00a02026, art.\u00a08(2)\u2060(e)\u2060(iv), the ICC-\u206001/04-\u206003/21-\u2060540-\u2060Red');
        // Words that only look like it are left alone.
        for (const plain of ['the Rules of Procedure and Evidence', 'you may 12 times', 'article of the Statute', 'from 1976 to 1980', 'Article twelve', 'les dispositions suivantes\u00a0:', 'Annex Title Document']) {
            expect(keepTogether(plain)).toBe(plain);
        }
    });

    test('every text of the model has them, the author\'s too, in both languages; the JSON carries them as the model has them, the Markdown and the HTML its no-break spaces', () => {
        const en = model('REG-2026-0101', 'en');
        const text = JSON.stringify(en);
        expect(text).toContain('Date of birth: ","italic":true},{"type":"text","text":"11\u00a0April\u00a01976"');
        expect(text).toContain('Warrant of arrest No.\u00a0ICC-\u206001/09-\u206001/26-\u206014-\u2060US-\u2060Exp, issued by Pre-Trial Chamber II on 18\u00a0June\u00a02026.');
        // The author's facts.
        expect(text).toContain('Between 30\u00a0December\u00a02007 and 16\u00a0January\u00a02008');
        expect(text).toContain('article\u00a091(2)\u2060(c) of the Rome Statute');
        expect(en.blocks.at(-1)).toMatchObject({ type: 'closing', lines: ['Dated this 25\u00a0June\u00a02026', 'At The Hague, the Netherlands', 'PRE-TRIAL CHAMBER II'] });
        const fr = plainText((model('OTP-2026-0203', 'fr').blocks.filter(b => b.type === 'paragraph') as Array<{ content: Parameters<typeof plainText>[0] }>).map(b => b.content).flat());
        expect(fr).toContain('au plus tard le 1er\u00a0');
        expect(fr).toMatch(/articles?\u00a093, paragraphe\u00a01, alinéa\u00a0e\)/);
        expect(readerText(model('REG-2026-0210', 'en'))).toContain('12 November 2026 at 09:40 UTC+01:00');
        expect(JSON.stringify(model('REG-2026-0210', 'en'))).toContain('12\u00a0November\u00a02026 at 09:40\u00a0UTC+01:00');
        expect(renderMarkdown(en)).toContain('Dated this 25 June 2026');
        // The note verbale's enclosures: an annex's name with its title ("A2 | Decision" ended a line of the PDF).
        expect(JSON.stringify(note('OTP-2026-0203', 'en').blocks)).toContain('Enclosures: OTP-2026-0203; A1\u00a0Instruction on self-incrimination (rule\u00a074), in Swahili; A2\u00a0Decision on');
        // The Markdown and the HTML without the word joiners, which a reader copying a number out would carry along:
        // the Markdown is not laid out, and the HTML holds such a run in a span that never wraps.
        expect(renderMarkdown(en)).toContain('Warrant of arrest No. ICC-01/09-01/26-14-US-Exp, issued');
        expect(renderMarkdown(en)).not.toContain('\u2060');
        const html = renderHtml(en);
        expect(html).toContain('Warrant of arrest No.\u00a0<span class="nobr">ICC-01/09-01/26-14-US-Exp,</span> issued');
        expect(html).toContain('article\u00a0<span class="nobr">91(2)(c)</span> of the Rome Statute');
        expect(html).not.toContain('\u2060');
        // Nor in the running marks of the printed page (its @page boxes, CSS strings with their escapes).
        expect(html).toMatch(/@bottom-left \{ content: "No\.\\a0 ICC-01\/09-01\/26";/);
    });
});

describe('every example builds in both languages', () => {
    test('models and HTML for all requests of examples/', () => {
        const names = [...requests.keys()].filter(n => !/-09\d\d$/.test(n));
        expect(names.length).toBeGreaterThanOrEqual(15);
        for (const name of names) {
            for (const lang of ['en', 'fr'] as const) {
                const doc = model(name, lang);
                expect(doc.blocks[0].type).toBe('cover');
                expect(doc.header[0].center[0]).toMatchObject({ type: 'text' });
                expect(renderHtml(note(name, lang))).toContain(lang === 'en' ? 'highest consideration' : 'très haute considération');
            }
        }
    });
});

describe('author text written over several lines of the source', () => {
    const factsParagraphs = (doc: GeneratedDocument) => {
        const start = doc.blocks.findIndex(b => b.type === 'paragraph' && /^(Facts|Faits)\s?:/.test(plainText(b.content)));
        return doc.blocks.slice(start, start + 2).map(b => (b.type === 'paragraph' ? [b.number, plainText(b.content)] : [b.type]));
    };
    test.each(['en', 'fr'] as const)('a blank line starts a numbered paragraph; a line break of the source is a space (%s)', lang => {
        const doc = model('OTP-2026-0918', lang);
        const [first, second] = factsParagraphs(doc);
        expect(first[1]).toBe(`${lang === 'en' ? 'Facts:' : 'Faits\u00a0:'} In January\u00a02008, victims of the attacks in Eldoret were treated at the district hospital.`);
        expect(second).toEqual([(first[0] as number) + 1, 'Its admission records name the victims and their injuries.']);
        const cover = doc.blocks[0];
        expect(cover.type === 'cover' && cover.title).toBe('Request for the records of the Eldoret district hospital');
        expect(JSON.stringify(doc)).not.toMatch(/\\n/);
        expect(JSON.stringify(note('OTP-2026-0918', lang))).not.toMatch(/\\n/);
    });

    test('Word shows the two paragraphs of the facts as two numbered paragraphs, and no line break of the source', async () => {
        const xml = docxParts(await renderDocx(model('OTP-2026-0918', 'en')))['word/document.xml'];
        const paragraphs = [...xml.matchAll(/<w:p>.*?<\/w:p>/gs)].map(m => m[0]);
        const texts = (p: string) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map(m => m[1]).join('');
        const facts = paragraphs.findIndex(p => texts(p).startsWith('Facts:'));
        expect(texts(paragraphs[facts])).toBe('Facts: In January\u00a02008, victims of the attacks in Eldoret were treated at the district hospital.');
        expect(texts(paragraphs[facts + 1])).toBe('Its admission records name the victims and their injuries.');
        for (const p of [paragraphs[facts], paragraphs[facts + 1]]) expect(p).toContain('<w:numPr>');
        expect(xml).not.toMatch(/<w:t[^>]*>[^<]*\n/);
    });
});

describe('what the PDF cannot show', () => {
    test('characters the PDF\'s font lacks (a name in Arabic script) are named to the author, for the PDF only', async () => {
        const files = await generate(request('OTP-2026-0912'), { formats: ['pdf', 'docx'], lang: 'en', stateLibrary });
        const pdf = files.find(f => f.format === 'pdf' && f.document === 'request')!;
        expect(pdf.warnings).toHaveLength(1);
        expect(pdf.warnings[0]).toMatch(/^The PDF of the request leaves out 10 characters its font \(TeX Gyre Termes\) has no glyph for: أ \(U\+0623\), ح \(U\+062D\), /);
        expect(pdf.warnings[0]).toContain('the DOCX and HTML keep them');
        expect(files.find(f => f.format === 'docx' && f.document === 'request')!.warnings).toEqual([]);
        // Nothing to say of a document in Latin letters, accents, guillemets and typographic quotes included.
        for (const name of ['REG-2026-0101', 'OTP-2026-0204', 'REG-2026-0999']) {
            for (const file of await generate(request(name), { formats: ['pdf'], lang: ['en', 'fr'], stateLibrary })) {
                expect(file.warnings.filter(w => w.includes('no glyph')), name).toEqual([]);
            }
        }
    });
});

describe('wording a reader sees', () => {
    test('several provisions of one instrument are cited together, in both languages', () => {
        expect(provisionGroups(['rule 176(2)', 'rule 188'], 'en')).toEqual(['rules 176(2) and 188 of the Rules of Procedure and Evidence']);
        expect(provisionGroups(['rule 176(2)', 'rule 188'], 'fr')).toEqual(['les règles 176, disposition 2, et 188 du Règlement de procédure et de preuve']);
        expect(provisionGroups(['art. 86', 'art. 89'], 'fr')).toEqual(['les articles 86 et 89 du Statut de Rome']);
        expect(allText(note('REG-2026-0102', 'en'))).toContain('The request is made pursuant to articles 58(5), 89(1) and 91(2) of the Rome Statute.');
        expect(allText(note('REG-2026-0102', 'fr'))).toContain('La demande est présentée en vertu des articles 58, paragraphe 5, 89, paragraphe 1, et 91, paragraphe 2, du Statut de Rome.');
        expect(allText(note('OTP-2026-0310', 'en'))).toContain('pursuant to articles 87(6) and 93(1)(i) of the Rome Statute and rule 176(4) of the Rules of Procedure and Evidence.');
        expect(allText(note('OTP-2026-0310', 'fr'))).toContain('en vertu des articles 87, paragraphe 6, et 93, paragraphe 1, alinéa i), du Statut de Rome et de la règle 176, disposition 4, du Règlement de procédure et de preuve.');
        expect(allText(note('OTP-2026-0201', 'en'))).toContain('provide the assistance described in the request (articles 93(1)(b) and 93(1)(i) of the Rome Statute)');
        expect(allText(model('OTP-2026-0202', 'en'))).toContain('articles 55(2)(a), 55(2)(b), 55(2)(c) and 55(2)(d) of the Rome Statute');
        for (const name of requests.keys()) {
            for (const lang of ['en', 'fr'] as const) {
                for (const doc of [model(name, lang), note(name, lang)]) {
                    expect(allText(doc)).not.toMatch(/of the Rome Statute,? (and )?article \d|du Statut de Rome,? (et )?(de )?l'article \d/);
                }
            }
        }
    });
});

describe('an urgent request sent by another medium, confirmed through the channel', () => {
    test('the request states its transmission and confirmation; the note confirms it, and is dated the day of the confirmation', () => {
        // A provisional arrest sent by e-mail (art. 92(2): any medium capable of delivering a written record, no confirmation
        // required, so no provision is cited), confirmed the next day through the diplomatic channel.
        expect(readerText(model('REG-2026-0110', 'en'))).toContain('This request is transmitted by electronic mail on 10 September 2026 and confirmed through the diplomatic channel on 11 September 2026.\n');
        expect(readerText(model('REG-2026-0110', 'fr'))).toContain('La présente demande est transmise par courrier électronique le 10 septembre 2026 et confirmée par la voie diplomatique le 11 septembre 2026.\n');
        const en = readerText(note('REG-2026-0110', 'en'));
        expect(en).toContain('issued by Pre-Trial Chamber II on 10 September 2026.\nThis note confirms the request transmitted on 10 September 2026 by electronic mail.\n');
        expect(en).toContain('\nThe Hague, 11 September 2026\n');
        const fr = readerText(note('REG-2026-0110', 'fr'));
        expect(fr).toContain('\nLa présente note confirme la demande transmise le 10 septembre 2026 par courrier électronique.\n');
        expect(fr).toContain('\nLa Haye, le 11 septembre 2026\n');
        // Assistance: art. 96(1) requires the confirmation.
        expect(readerText(model('OTP-2026-0915', 'en'))).toContain('This request is transmitted by facsimile on 6 October 2026 and confirmed through the diplomatic channel on 7 October 2026, in accordance with article 96(1) of the Rome Statute.');
        expect(readerText(model('OTP-2026-0915', 'fr'))).toContain('confirmée par la voie diplomatique le 7 octobre 2026, conformément à l\'article 96, paragraphe 1, du Statut de Rome.');
        expect(readerText(note('OTP-2026-0915', 'en'))).toContain('This note confirms the request transmitted on 6 October 2026 by facsimile, in accordance with article 96(1) of the Rome Statute.');
        expect(readerText(note('OTP-2026-0915', 'fr'))).toContain('La présente note confirme la demande transmise le 6 octobre 2026 par télécopie, conformément à l\'article 96, paragraphe 1, du Statut de Rome.');
        // A request in writing: as before, the note is dated as the request and confirms nothing.
        expect(readerText(model('REG-2026-0101', 'en'))).toContain('This request is transmitted by written communication.');
        const written = readerText(note('REG-2026-0101', 'en'));
        expect(written).toContain('\nThe Hague, 25 June 2026\n');
        expect(written).not.toContain('confirms');
    });
});

describe('the crimes of an arrest request', () => {
    const lines = (doc: GeneratedDocument) => readerText(doc).split('\n');
    test('the request\'s crimes, the same as the warrant\'s or the judgment\'s, are listed once, under the warrant or judgment', () => {
        for (const name of ['REG-2026-0101', 'REG-2026-0102', 'REG-2026-0110', 'REG-2026-0111', 'REG-2026-0112']) {
            const r = request(name);
            const listed = r.warrant?.ref?.crimes ?? r.judgment?.ref?.convictedOf ?? [];
            expect(listed.length, name).toBeGreaterThan(0);
            for (const lang of ['en', 'fr'] as const) {
                const text = lines(model(name, lang));
                expect(text.filter(l => /^Crimes\s?:$/.test(l)), `${name} (${lang})`).toHaveLength(1);
                for (const crime of [...r.crimes, ...listed]) expect(text.filter(l => l === crime), `${name} (${lang}): ${crime}`).toHaveLength(1);
                // The list is the one of the warrant (judgment), right after its heading and its line.
                const heading = text.findIndex(l => /^(Warrant of arrest|Judgment of conviction|Mandat d'arrêt|Jugement de condamnation)$/.test(l));
                expect(text.slice(heading + 2, heading + 3 + listed.length), `${name} (${lang})`).toEqual([lang === 'en' ? 'Crimes:' : 'Crimes\u00a0:', ...listed]);
            }
        }
        // What else the Facts section states stays there.
        expect(readerText(model('REG-2026-0110', 'en'))).toContain('Facts and grounds\nFacts: On 5 December 2013 and the following days, in Bangui and Bossangoa, the person sought');
        // Nothing else to say: no empty Facts section.
        expect(readerText(model('REG-2026-0101', 'en'))).not.toContain('Facts and grounds');
    });

    test('crimes that differ from the warrant\'s are listed in both places, the request\'s saying so', () => {
        const en = readerText(model('REG-2026-0913', 'en'));
        expect(en).toContain('Crimes:\nMurder as a crime against humanity (art. 7(1)(a))\nPersecution as a crime against humanity (art. 7(1)(h))\nFacts: In January 2008');
        // The request's one crime is no list: it follows its introduction, in the singular.
        expect(en).toContain('Facts and grounds\nCrime for which this request is made, which differs from those of the warrant of arrest: Murder as a crime against humanity (art. 7(1)(a)).\n');
        expect(readerText(model('REG-2026-0913', 'fr'))).toContain('Faits et motifs\nCrime visé par la présente demande, qui diffère de ceux du mandat d\'arrêt\u00a0: Murder as a crime against humanity (art. 7(1)(a)).\n');
    });

    test('the facts are stated once: the request\'s own, with date and place, else the warrant\'s', () => {
        // REG-2026-0110 states the facts for itself (art. 92(2)(b)), worded otherwise than the warrant's.
        for (const lang of ['en', 'fr'] as const) {
            const text = lines(model('REG-2026-0110', lang));
            const facts = text.filter(l => /^(Facts|Faits)\s?:/.test(l));
            expect(facts, lang).toEqual([`${lang === 'en' ? 'Facts:' : 'Faits\u00a0:'} ${request('REG-2026-0110').facts}`]);
            expect(text.indexOf(facts[0]), lang).toBeGreaterThan(text.findIndex(l => /^(Facts and grounds|Faits et motifs)$/.test(l)));
        }
        expect(readerText(model('REG-2026-0110', 'en'))).not.toContain('the suspect led armed elements');
        // A request with no facts of its own gives the warrant's, under the warrant.
        expect(readerText(model('REG-2026-0111', 'en'))).toContain('Crimes:\nMurder as a crime against humanity (art. 7(1)(a))\nIntentionally directing attacks against the civilian population as a war crime (art. 8(2)(e)(i))\nFacts: On 5 December 2013 and the following days, in Bangui and Bossangoa, the suspect led');
    });

    test('the crimes of a warrant that are those of the judgment are listed once, under the judgment', () => {
        const crime = 'Intentionally directing attacks against buildings dedicated to religion and historic monuments as a war crime (art. 8(2)(e)(iv))';
        for (const lang of ['en', 'fr'] as const) {
            const text = lines(model('REG-2026-0120', lang));
            // The judgment's one crime follows "Crime:" in its paragraph: a list of one is no list.
            expect(text.filter(l => l.includes(crime)), lang).toHaveLength(1);
            expect(text.filter(l => /^Crimes?\s?:/.test(l)), lang).toHaveLength(1);
            const judgment = text.findIndex(l => /^(Judgment of conviction|Jugement de condamnation)$/.test(l));
            expect(text[judgment + 2], lang).toBe(`${lang === 'en' ? 'Crime:' : 'Crime\u00a0:'} ${crime}.`);
        }
        // The warrant's facts, which the request does not state for itself, are still given.
        expect(readerText(model('REG-2026-0120', 'en'))).toContain('Facts: Between June and July 2012, in Timbuktu');
    });
});

describe('the return of a person transferred', () => {
    test('a return date is stated only where a person is temporarily transferred (art. 93(7)(b))', () => {
        expect(readerText(model('OTP-2026-0916', 'en'))).not.toContain('returned by');
        expect(readerText(model('OTP-2026-0916', 'fr'))).not.toContain('renvoyée');
        expect(readerText(model('OTP-2026-0220', 'en'))).toContain('The person will be returned by 15 December 2026.');
    });
});

describe('records and the author\'s punctuation', () => {
    test('a record is described by what it is, its date and summary, never by its name in the source', () => {
        const en = readerText(model('OTP-2026-0220', 'en'));
        const fr = readerText(model('OTP-2026-0220', 'fr'));
        expect(en).toContain('The requested State agreed to the transfer on 1 September 2026. Agreement of Uganda to the temporary transfer');
        expect(en).toContain('Conditions: The person remains in custody throughout and is returned by 15 December 2026.');
        expect(fr).toContain('L\'État requis a consenti au transfèrement le 1er septembre 2026. Agreement of Uganda');
        expect(en).toContain('Written, informed consent of Joseph Mugisha to his temporary transfer to the seat of the Court to testify (20 August 2026)');
        expect(en).toContain('copy of the consent dated 20 August 2026');
        expect(fr).toContain('copie\u00a0: consentement en date du 20 août 2026');
        expect(readerText(model('OTP-2026-0310', 'en'))).toContain('between the Court and the requested party. Agreement dated 4 October 2004. Relationship Agreement between the United Nations');
        expect(readerText(model('OTP-2026-0300', 'fr'))).toContain('Arrangement ad hoc en date du 1er juillet 2026. Exchange of letters');
        // The surrendering State's waiver of the rule of speciality (`waiver R`, art. 101(2)), under the legal basis.
        const waiverEn = readerText(model('OTP-2026-0917', 'en'));
        expect(waiverEn).toContain('Legal basis\nThis request is made pursuant to the following provisions:\narticle 93(1)(i) of the Rome Statute\narticle 96(1) of the Rome Statute\n'
            + 'Kenya, which surrendered Joseph Kiprono Rotich to the Court, has waived the requirements of article 101(1) of the Rome Statute under article 101(2) of the Rome Statute. '
            + 'Waiver dated 1 October 2026. Kenya waives the requirements of article 101(1) for the persecution charge.\n');
        expect(readerText(model('OTP-2026-0917', 'fr'))).toContain('Le Kenya, qui a remis Joseph Kiprono Rotich à la Cour, a renoncé, en vertu de l\'article 101, paragraphe 2, du Statut de Rome, '
            + 'aux conditions énoncées à l\'article 101, paragraphe 1, du Statut de Rome. Renonciation en date du 1er octobre 2026. Kenya waives');
        expect(recordNames).toContain('R-Waiver-Rotich');
        expect(recordNames.length).toBeGreaterThanOrEqual(5);
        for (const name of requests.keys()) {
            for (const lang of ['en', 'fr'] as const) {
                for (const doc of [model(name, lang), note(name, lang)]) {
                    const text = readerText(doc);
                    for (const record of recordNames) expect(text, `${name} (${lang}) names record ${record}`).not.toContain(record);
                }
            }
        }
    });

    test('an author\'s final full stop is never doubled, nor kept before a ";"', () => {
        expect(endSentence('returned by 15 December 2026.')).toBe('returned by 15 December 2026.');
        expect(endSentence('returned by 15 December 2026')).toBe('returned by 15 December 2026.');
        expect(endSentence('the “Court.”')).toBe('the “Court.”');
        expect(withoutFinalStop('witness in the case.')).toBe('witness in the case');
        expect(withoutFinalStop('and so on...')).toBe('and so on...');
        expect(readerText(model('OTP-2026-0220', 'en'))).toContain('Description: Serving a national sentence in Luzira prison, Kampala; witness in the case; Probable location:');
        // The author's note naming "another appropriate basis" (`arrangement other-basis "..."`) completes the sentence and closes it.
        expect(readerText(model('OTP-2026-0304', 'en'))).toContain('The request is made on another appropriate basis: Security Council resolution 1593 (2005), operative paragraph 2.\n');
        expect(readerText(model('OTP-2026-0304', 'fr'))).toContain('La demande est présentée sur une autre base appropriée\u00a0: Security Council resolution 1593 (2005), operative paragraph 2.\n');
        for (const name of requests.keys()) {
            for (const lang of ['en', 'fr'] as const) {
                for (const doc of [model(name, lang), note(name, lang)]) {
                    expect(readerText(doc), name).not.toMatch(/(?<!\.)\.\.(?!\.)|\.\u00a0?;/);
                }
            }
        }
    });
});

describe('classification of the request and its annexes', () => {
    test('the request\'s classification is stated, and an annex classified otherwise is named with its own', () => {
        expect(readerText(model('OTP-2026-0311', 'en'))).toContain('This request is classified “confidential”. Annex A1 is classified “under seal”.');
        expect(readerText(model('OTP-2026-0311', 'fr'))).toContain('La présente demande est classée «\u00a0confidentiel\u00a0». L\'annexe A1 est classée «\u00a0sous scellés\u00a0».');
        // The note quotes the level as the request and the French note do.
        expect(readerText(note('OTP-2026-0311', 'en'))).toContain('The request is classified “confidential”. Annex A1 is classified “under seal”. The Court would be grateful if they were kept confidential');
        expect(readerText(note('OTP-2026-0311', 'fr'))).toContain('La demande est classée «\u00a0confidentiel\u00a0». L\'annexe A1 est classée «\u00a0sous scellés\u00a0».');
        expect(readerText(model('REG-2026-0904', 'en'))).toContain('This request is classified “confidential”, as is annex A2. Annexes A1 and A3 are classified “under seal”.');
        expect(readerText(model('REG-2026-0904', 'fr'))).toContain('La présente demande est classée «\u00a0confidentiel\u00a0», de même que l\'annexe A2. Les annexes A1 et A3 sont classées «\u00a0sous scellés\u00a0».');
        // A public request with a confidential annex.
        expect(readerText(model('REG-2026-0903', 'en'))).toContain('This request is public. Annex A1 is classified “confidential”.');
        expect(readerText(note('REG-2026-0903', 'en'))).toContain('The request is public. Annex A1 is classified “confidential”. The Court would be grateful if annex A1 were kept confidential in accordance with article 87(3)');
        expect(readerText(note('REG-2026-0903', 'fr'))).toContain('La demande est publique. L\'annexe A1 est classée «\u00a0confidentiel\u00a0». La Cour saurait gré aux autorités compétentes de respecter le caractère confidentiel de l\'annexe A1');
        expect(readerText(model('REG-2026-0101', 'en'))).toContain('This request and its annexes are classified “under seal”.');
        expect(readerText(model('OTP-2026-0220', 'fr'))).toContain('La présente demande et son annexe sont classées «\u00a0confidentiel\u00a0».');
        expect(readerText(note('REG-2026-0101', 'en'))).toContain('The request and its annexes are classified “under seal”.');
    });

    test('a public request\'s annexes classified otherwise are to be kept confidential in the request itself, as its note verbale asks', () => {
        expect(readerText(model('REG-2026-0903', 'en'))).toContain('This request is public. Annex A1 is classified “confidential”.\n'
            + 'In accordance with article 87(3) of the Rome Statute, the requested State shall keep annex A1 confidential, except to the extent that disclosure is necessary for the execution of this request.');
        expect(readerText(model('REG-2026-0903', 'fr'))).toContain('Conformément à l\'article 87, paragraphe 3, du Statut de Rome, l\'État requis respecte le caractère confidentiel de l\'annexe A1, sauf dans la mesure où une divulgation est nécessaire pour donner suite à la demande.');
        // A State invited under art. 87(5)(a) is asked, without art. 87(3).
        const invited = readerText(model('REG-2026-0914', 'en'));
        expect(invited).toContain('The Court asks the requested State to keep annexes A1 and A2 confidential, except to the extent that disclosure is necessary for the execution of this request.');
        expect(invited).not.toContain('87(3)');
        expect(readerText(model('REG-2026-0914', 'fr'))).toContain('La Cour prie l\'État requis de respecter le caractère confidentiel des annexes A1 et A2, sauf dans la mesure');
        expect(readerText(note('REG-2026-0914', 'en'))).toContain('The Court would be grateful if annexes A1 and A2 were kept confidential, except');
        // A public request whose annexes are all public asks nothing.
        expect(readerText(model('REG-2026-0312', 'en'))).toContain('Confidentiality\nThis request is public.\nLanguage');
    });

    test('"the request and its annexes are classified X" only where the annex table shows X for every annex', () => {
        const said: string[] = [];
        for (const name of requests.keys()) {
            for (const lang of ['en', 'fr'] as const) {
                const doc = model(name, lang);
                const table = doc.blocks.find(b => b.type === 'table');
                const levels = new Set(table?.type === 'table' ? table.rows.map(r => r[r.length - 1]) : []);
                const all = /(?:and its annexes? are classified|et (?:ses annexes|son annexe) sont classées) (?:“|«\u00a0)([^”»]+?)(?:”|\u00a0»)/.exec(readerText(doc));
                if (all) said.push(`${name} (${lang})`);
                if (all) expect([...levels].map(l => l.toLocaleLowerCase(lang)), `${name} (${lang})`).toEqual([all[1]]);
                const noteAll = /(?:The request and its annexes? are classified “([^”]+)”\.|La demande et (?:ses annexes|son annexe) sont classées «\u00a0([^»]+)\u00a0»)/.exec(readerText(note(name, lang)));
                if (noteAll) said.push(`${name} note (${lang})`);
                if (noteAll) expect([...levels].map(l => l.toLocaleLowerCase(lang)), `${name} note (${lang})`).toEqual([noteAll[1] ?? noteAll[2]]);
            }
        }
        // The sentence is found where it is written (else the checks above check nothing): in both documents, in both languages.
        expect(said).toEqual(expect.arrayContaining(['REG-2026-0101 (en)', 'REG-2026-0101 (fr)', 'REG-2026-0101 note (en)', 'REG-2026-0101 note (fr)']));
    });
});

describe('the examples write their titles in the language of the request', () => {
    test('a French request has a French title and French annex titles; an English one English titles, whatever the annex\'s language', () => {
        const transit = readerText(model('REG-2026-0210', 'fr'));
        expect(transit).toContain('Demande d\'autorisation de transit d\'Amadou Traoré');
        expect(transit).toContain('A1 | Copie du mandat d\'arrêt | copie\u00a0: ICC-01/12-01/26-4-US-Exp | français | CONFIDENTIEL');
        expect(readerText(model('REG-2026-0102', 'fr'))).toContain('A2 | Traduction du mandat d\'arrêt et des articles 55, 58, 59 et 60 du Statut |');
        expect(readerText(model('REG-2026-0120', 'fr'))).toContain('A4 | Éléments d\'identification |');
        expect(readerText(model('REG-2026-0121', 'en'))).toContain('A2 | Translation of the judgment and of articles 77, 78 and 91 of the Statute |');
        // Written in English throughout, with a translation into French: not a French original under an English title.
        expect(readerText(model('REG-2026-0312', 'en'))).toContain('Request for the reports of the African-led International Support Mission to Mali');
        expect(readerText(model('REG-2026-0312', 'en'))).toContain('This request is in English, accompanied by a translation into French.');
    });
});

describe('the annex table', () => {
    test('an annex that states no language or no document shows a dash in that cell, not a blank, in both languages and in every format', async () => {
        // REG-2026-0101's annex A2 (photographs and a fingerprint card) has neither; its A1 has both.
        expect(readerText(model('REG-2026-0101', 'en'))).toContain('A2 | Photographs and fingerprint card of the person sought | \u2014 | \u2014 | UNDER SEAL');
        expect(readerText(model('REG-2026-0101', 'fr'))).toContain('A2 | Photographs and fingerprint card of the person sought | \u2014 | \u2014 | SOUS SCELLÉS');
        expect(readerText(model('REG-2026-0101', 'en'))).toContain('A1 | Copy of the warrant of arrest | copy of ICC-01/09-01/26-14-US-Exp | English | UNDER SEAL');
        const doc = model('REG-2026-0101', 'en');
        expect(renderMarkdown(doc)).toContain('| A2 | Photographs and fingerprint card of the person sought | \u2014 | \u2014 | UNDER SEAL |');
        expect(renderHtml(doc)).toContain('<td>Photographs and fingerprint card of the person sought</td><td>\u2014</td><td>\u2014</td>');
        const cells = [...docxParts(await renderDocx(doc))['word/document.xml'].matchAll(/<w:tc>.*?<\/w:tc>/gs)]
            .map(m => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(t => t[1]).join(''));
        expect(cells.slice(cells.indexOf('Photographs and fingerprint card of the person sought'), cells.indexOf('Photographs and fingerprint card of the person sought') + 3)).toEqual(['Photographs and fingerprint card of the person sought', '\u2014', '\u2014']);
    });
});

describe('numbers that count things in running text', () => {
    test('under 10 in words, 10 and above in figures, as the UN Editorial Manual writes them', () => {
        expect(readerText(note('REG-2026-0102', 'en'))).toContain('(ICC-02/04-02/26), together with its two annexes, issued by');
        expect(readerText(note('REG-2026-0102', 'fr'))).toContain('(ICC-02/04-02/26), accompagnée de ses deux annexes, émanant');
        expect(readerText(model('REG-2026-0121', 'en'))).toContain('Sentence: imprisonment of eight years.');
        expect(readerText(model('REG-2026-0121', 'fr'))).toContain('Peine\u00a0: emprisonnement de huit ans.');
        expect([countInWords(9, 'en'), countInWords(10, 'en'), countInWords(12, 'fr'), countInWords(1, 'fr')]).toEqual(['nine', '10', '12', 'un']);
    });

    test('numbers beside one of 10 or above, counting the same thing, are all in figures', () => {
        // 1 year 10 months 20 days served, 6 years 1 month 10 days remaining: not "one year, 10 months".
        const served = readerText(model('REG-2026-0121', 'en'));
        expect(served).toContain('As of 10 November 2026, the person has served 1 year, 10 months and 20 days; 6 years, 1 month and 10 days remain to be served.');
        expect(countInWords(3, 'en', [3, 2, 8])).toBe('three');
        expect(countInWords(3, 'en', [3, 12])).toBe('3');
    });
});

describe('French: no article before a quoted title', () => {
    test('the note names the request with a noun of its own, so that no elision or gender is guessed', () => {
        expect(readerText(note('REG-2026-0903', 'fr'))).toContain('a l\'honneur de lui transmettre ci-joint la demande intitulée «\u00a0Invitation to provide court records\u00a0»');
        expect(readerText(note('REG-2026-0102', 'fr'))).toContain('ci-joint la demande intitulée «\u00a0Demande d\'arrestation et de remise de Charles Okello Abonga\u00a0» (ICC-02/04-02/26), accompagnée de ses deux annexes');
        for (const name of requests.keys()) {
            for (const doc of [model(name, 'fr'), note(name, 'fr')]) {
                // The Court's own defined terms (la « Cour », la « personne recherchée ») are known words; a title is not.
                expect(readerText(doc), name).not.toMatch(/\b(la|le|les|l'|de|du|des) «(?!\u00a0(Cour|personne recherchée)\u00a0»)/i);
            }
        }
    });
});

describe('what the author must confirm stays out of the documents', () => {
    test('a channel from an unverified designation is a warning naming where the designation comes from, not a footnote', () => {
        // Kenya's designation is declared in the workspace (examples/declarations/addressee.rog), marked not-verified.
        for (const lang of ['en', 'fr'] as const) {
            for (const draft of [false, true]) {
                const kenya = buildNoteVerbale(request('OTP-2026-0201'), { lang, draft, stateLibrary });
                expect(readerText(kenya)).not.toMatch(/VERIFIED|VÉRIFIÉ|Rogatory|confirm/i);
                expect(kenya.footnotes).toEqual([]);
                expect(kenya.meta.warnings).toHaveLength(1);
                expect(kenya.meta.warnings[0]).toContain('the designation of Kenya under article 87(1)(a) of the Rome Statute in addressee.rog');
                expect(kenya.meta.warnings[0]).toContain('marked NOT VERIFIED (fictional example): confirm it before transmission');
                expect(kenya.meta.warnings[0]).not.toContain('built-in');
            }
        }
        expect(note('REG-2026-0902', 'fr').meta.warnings[0]).toContain('in the built-in State library');
        expect(note('OTP-2026-0901', 'fr').meta.warnings).toEqual([]);
    });
});

describe('the addressee of the note verbale', () => {
    test('the opening and closing formulas name the State in full and exact (iso-codes\' official name), in both languages; the short name elsewhere', async () => {
        // note-verbale.md §2: "Titles in full, at least in the opening and closing paragraphs. Country names in full and exact".
        const { requests: full, workspace } = await loadRequests('test/fixtures/generator/full-names.rog');
        const options = (lang: Lang) => ({ lang, stateLibrary: workspace.services.rogatory.StateLibrary });
        const nv = (name: string, lang: Lang) => readerText(buildNoteVerbale(full.get(name)!, options(lang)));
        const formulas = (name: string, lang: Lang) => nv(name, lang).split('\n').filter(l => /compliments|considération|consideration/.test(l)).join('\n');
        expect(formulas('REG-2026-0910', 'en')).toBe(
            'The Office of the Prosecutor of the International Criminal Court presents its compliments to the Embassy of the Republic of Uganda and has the honour to transmit herewith the “Request for court records” (ICC-02/04), issued by the Prosecutor on 10 September 2026.\n'
            + 'The Office of the Prosecutor of the International Criminal Court avails itself of this opportunity to renew to the Embassy of the Republic of Uganda the assurances of its highest consideration.');
        expect(formulas('REG-2026-0910', 'fr')).toContain('présente ses compliments à l\'Ambassade de la République de l\'Ouganda et a l\'honneur');
        expect(formulas('REG-2026-0910', 'fr')).toContain('renouveler à l\'Ambassade de la République de l\'Ouganda les assurances');
        // No official name in iso-codes: the short name.
        expect(formulas('REG-2026-0911', 'en')).toContain('presents its compliments to the competent authorities of Japan and has the honour');
        expect(formulas('REG-2026-0911', 'fr')).toContain('présente ses compliments aux autorités compétentes du Japon et a l\'honneur');
        expect(formulas('REG-2026-0911', 'fr')).toContain('renouveler aux autorités compétentes du Japon les assurances');
        // The article iso-codes writes ("the State of Palestine", "l'État de Palestine") is the sentence's.
        expect(formulas('REG-2026-0912', 'en')).toContain('presents its compliments to the Embassy of the State of Palestine and has the honour');
        expect(formulas('REG-2026-0912', 'fr')).toContain('présente ses compliments à l\'Ambassade de l\'État de Palestine et a l\'honneur');
        // A name of a form of State in any word order takes its article: "the Swiss Confederation", « la Confédération suisse ».
        expect(formulas('REG-2026-0913', 'fr')).toContain('présente ses compliments à l\'autorité désignée par la Confédération suisse (Central Office for Cooperation with the International Criminal Court, Federal Bureau of Justice) et a l\'honneur');
        expect(formulas('REG-2026-0913', 'fr')).toContain('renouveler à l\'autorité désignée par la Confédération suisse (Central Office');
        expect(nameForms('Swiss Confederation', 'en').of).toBe('of the Swiss Confederation');
        expect(nameForms('Argentine Republic', 'en').withArticle).toBe('the Argentine Republic');
        // The short name stays the short name in running text: the request itself, the author's warning.
        expect(readerText(buildRequestDocument(full.get('REG-2026-0910')!, { ...options('en'), draft: false }))).not.toContain('Republic of Uganda');
        expect(readerText(buildRequestDocument(full.get('REG-2026-0910')!, { ...options('fr'), draft: false }))).not.toContain('République');
        expect(buildNoteVerbale(full.get('REG-2026-0913')!, options('en')).meta.warnings.join(' ')).toMatch(/designation of Switzerland under/);
    });

    test('a designation that names the office it goes through ("through the Ministry of ...") is followed, in both languages', () => {
        for (const name of ['OTP-2026-0201', 'OTP-2026-0202']) {
            const en = readerText(note(name, 'en'));
            expect(en).toContain('presents its compliments to the Ministry of Foreign and Diaspora Affairs, Nairobi, and has the honour');
            expect(en).toContain('renew to the Ministry of Foreign and Diaspora Affairs, Nairobi, the assurances');
            expect(en).not.toContain('Embassy of Kenya');
            const fr = readerText(note(name, 'fr'));
            expect(fr).toContain('présente ses compliments à l\'autorité désignée par la République du Kenya (Ministry of Foreign and Diaspora Affairs, Nairobi) et a l\'honneur');
            expect(fr).not.toContain('Ambassade du Kenya');
        }
    });

    test('a name written in another language than the note\'s follows the note\'s own words, in parentheses', () => {
        // A French recipient in an English note, an English one in a French note.
        expect(readerText(note('REG-2026-0102', 'en'))).toContain('presents its compliments to the Embassy of the Democratic Republic of the Congo (Ambassade de la République démocratique du Congo, La Haye) and has the honour');
        expect(readerText(note('REG-2026-0101', 'fr'))).toContain('présente ses compliments à l\'Ambassade de la République-Unie de Tanzanie (Embassy of the United Republic of Tanzania, The Hague) et a l\'honneur');
        // A ministry, through the diplomatic channel: not an embassy the request does not address.
        const ministry = readerText(note('REG-2026-0920', 'fr'));
        expect(ministry).toContain('présente ses compliments à l\'autorité compétente de la République de l\'Ouganda (Ministry of Foreign Affairs of the Republic of Uganda, Kampala) et a l\'honneur de lui transmettre');
        expect(ministry).not.toContain('Ambassade');
        expect(readerText(note('REG-2026-0920', 'en'))).toContain('presents its compliments to the Ministry of Foreign Affairs of the Republic of Uganda, Kampala, and has the honour');
        // An organisation's office, recorded in English.
        const un = readerText(note('OTP-2026-0310', 'fr'));
        expect(un).toContain('présente ses compliments à l\'autorité désignée par l\'Organisation des Nations Unies (Office of Legal Affairs) et a l\'honneur');
        expect(un).toContain('renouveler à l\'autorité désignée par l\'Organisation des Nations Unies (Office of Legal Affairs) les assurances');
        expect(un).not.toContain('à Office');
    });

    test('a French name is used as written only where its article can be known', () => {
        // "Ambassade ...": l' before a vowel; the comma of the apposition is closed.
        const drc = readerText(note('REG-2026-0102', 'fr'));
        expect(drc).toContain('présente ses compliments à l\'Ambassade de la République démocratique du Congo, La Haye, et a l\'honneur');
        expect(drc).toContain('renouveler à l\'Ambassade de la République démocratique du Congo, La Haye, les assurances');
        // "Ministère ...": au or à la would need its gender; the note's own words carry the article.
        expect(readerText(note('REG-2026-0905', 'fr'))).toContain('présente ses compliments à l\'autorité désignée par la République du Ghana (Ministère de la Justice, Accra) et a l\'honneur');
        expect(readerText(note('REG-2026-0905', 'en'))).toContain('presents its compliments to the authority designated by the Republic of Ghana (Ministère de la Justice, Accra) and has the honour');
    });

    test('every French note puts an article the sentence knows before its addressee', () => {
        for (const name of requests.keys()) {
            const fr = readerText(note(name, 'fr'));
            expect(fr, name).toMatch(/présente ses compliments (à l'|au |aux |à la )/);
            expect(fr, name).toMatch(/renouveler (à l'|au |aux |à la )/);
        }
    });
});

describe('State names in running English', () => {
    test('names that take "the" have it, in documents and in the checks\' messages', async () => {
        expect(englishName('United Republic of Tanzania')).toBe('the United Republic of Tanzania');
        expect(englishName('Democratic Republic of the Congo')).toBe('the Democratic Republic of the Congo');
        expect(englishName('Netherlands (Kingdom of the)', { start: true })).toBe('The Kingdom of the Netherlands');
        expect(englishName('Kenya', { start: true })).toBe('Kenya');
        const tanzania = request('REG-2026-0101');
        const diagnostics = await services.validation.DocumentValidator.validateDocument(AstUtils.getDocument(tanzania), { categories: ['built-in', 'fast', 'slow'] });
        const messages = diagnostics.map(d => d.message).join('\n');
        expect(messages).toContain('may be found on the territory of the United Republic of Tanzania (probable location');
        expect(messages).not.toMatch(/(of|to|by|from|with) United Republic/);
    });
});

describe('a draft of a request the parser read in part', () => {
    test('an annex written without its name or title is listed empty, not a crash', async () => {
        const { setup } = await import('../helpers.js');
        const document = await setup().parse('request OTP-2026-0998 {\n  kind assistance art. 93(1)(i)\n  dated 2026-10-01\n  annex "Copy of the record"\n}\n');
        const partial = document.parseResult.value.elements.find((e): e is Request => e.$type === 'Request')!;
        expect(partial.annexes.map(a => [a.name, a.title])).toEqual([[undefined, 'Copy of the record']]);
        for (const lang of ['en', 'fr'] as const) {
            expect(renderHtml(buildRequestDocument(partial, { lang, draft: true, stateLibrary }))).toContain('</html>');
            expect(readerText(buildNoteVerbale(partial, { lang, draft: true, stateLibrary }))).not.toContain('undefined');
        }
    });

    test('an annex without its name that is a copy of the warrant, or classified otherwise, is named nowhere as "undefined" (found by the fuzz test, seed 11)', async () => {
        const { setup } = await import('../helpers.js');
        const document = await setup().parse('person P-X { name "X Y" }\nwarrant W-X { number ICC-01/09-01/26-1 issued 2026-01-05 person P-X }\n'
            + 'request REG-2026-0996 {\n  kind arrest-and-surrender\n  classification public\n  dated 2026-10-01\n  warrant W-X\n  person P-X as sought { location "Nairobi" }\n'
            + '  annex "Copy of the warrant of arrest" { copy-of W-X classification under-seal }\n  annex A2 "Map" { classification confidential }\n}\n');
        const partial = document.parseResult.value.elements.find((e): e is Request => e.$type === 'Request')!;
        expect(partial.annexes.map(a => a.name)).toEqual([undefined, 'A2']);
        for (const lang of ['en', 'fr'] as const) {
            for (const built of [buildRequestDocument(partial, { lang, draft: true, stateLibrary }), buildNoteVerbale(partial, { lang, draft: true, stateLibrary })]) {
                expect(readerText(built), lang).not.toMatch(/undefined/);
                expect(renderHtml(built), lang).not.toMatch(/\bundefined\b/);
            }
        }
        // The annex that has its name is still named where its classification is stated.
        expect(readerText(buildRequestDocument(partial, { lang: 'en', draft: true, stateLibrary }))).toMatch(/[Aa]nnex A2 is classified “confidential”/);
    });

    test('a place written without its name is listed by its description (found by the fuzz test: `place "..."`)', async () => {
        const { setup } = await import('../helpers.js');
        const document = await setup().parse('request OTP-2026-0997 {\n  kind assistance art. 93(1)(g)\n  dated 2026-10-01\n  place "Residential district, Kharkiv"\n  place S1 "Residential building" location "Annex A1"\n}\n');
        const partial = document.parseResult.value.elements.find((e): e is Request => e.$type === 'Request')!;
        expect(partial.places.map(p => [p.name, p.description])).toEqual([[undefined, 'Residential district, Kharkiv'], ['S1', 'Residential building']]);
        expect(readerText(buildRequestDocument(partial, { lang: 'en', draft: true, stateLibrary }))).toMatch(/\nResidential district, Kharkiv\n+S1: Residential building \(Annex A1\)\n/);
        expect(readerText(buildRequestDocument(partial, { lang: 'fr', draft: true, stateLibrary }))).toMatch(/\nResidential district, Kharkiv\n+S1\u00a0: Residential building \(Annex A1\)\n/);
    });
});

describe('the note verbale to an organisation, and in French', () => {
    test('an organisation is itself invited and asked, not a State\'s "competent authorities"', () => {
        expect(readerText(note('REG-2026-0312', 'en'))).toContain('Should any problem arise which may impede or prevent the execution of the request, the requested organisation is invited to consult the Court without delay.');
        expect(readerText(note('REG-2026-0312', 'fr'))).toContain('Si des difficultés devaient gêner ou empêcher l\'exécution de la demande, l\'organisation requise est invitée à consulter la Cour sans tarder.');
        expect(readerText(note('REG-2026-0312', 'fr'))).toContain('La Cour saurait gré à l\'organisation requise de bien vouloir lui faire parvenir une réponse au plus tard le 19 janvier 2027.');
        expect(readerText(note('OTP-2026-0310', 'fr'))).toContain('La Cour saurait gré à l\'organisation requise d\'en respecter le caractère confidentiel, sauf dans la mesure');
        for (const name of ['OTP-2026-0310', 'OTP-2026-0311', 'REG-2026-0312']) {
            expect(readerText(note(name, 'en')), name).not.toContain('competent authorities');
            expect(readerText(note(name, 'fr')), name).not.toContain('autorités compétentes');
        }
        // A State's note still addresses its competent authorities.
        expect(readerText(note('OTP-2026-0201', 'en'))).toContain('the competent authorities are invited to consult the Court without delay, in accordance with article 97');
    });

    test('French asks for the response as French writes it, not "serait appréciée"', () => {
        expect(readerText(note('OTP-2026-0201', 'fr'))).toContain('La Cour saurait gré aux autorités compétentes de bien vouloir lui faire parvenir une réponse au plus tard le 15 décembre 2026.');
        for (const name of requests.keys()) expect(readerText(note(name, 'fr')), name).not.toContain('serait appréciée');
    });
});

describe('the contact point of the note verbale', () => {
    test('the note verbale names the contact point the request gives, before the closing formula', () => {
        const en = readerText(note('OTP-2026-0201', 'en')).split('\n');
        const contact = en.indexOf('For any question concerning the request, the contact point is: the International Cooperation Section of the Office of the Prosecutor.');
        expect(contact).toBeGreaterThan(0);
        expect(en[contact + 1]).toMatch(/^The Office of the Prosecutor of the International Criminal Court avails itself/);
        expect(readerText(note('OTP-2026-0201', 'fr'))).toContain('Pour toute question relative à la demande, le point de contact est\u00a0: the International Cooperation Section of the Office of the Prosecutor.');
    });

    test('a request without one, or with empty quotes, has no such paragraph, and the request itself never has it', async () => {
        const without = [...requests.keys()].filter(name => !request(name).contact?.trim());
        expect(without.length).toBeGreaterThan(10);
        for (const name of requests.keys()) expect(readerText(model(name, 'en')), name).not.toContain('contact point');
        for (const name of without) expect(readerText(note(name, 'en')), name).not.toContain('contact point');
        // Empty quotes (none of the examples has them), and blank ones, against a contact written out.
        const { setup } = await import('../helpers.js');
        const { parse } = setup();
        const noteWith = async (contact: string) => {
            const document = await parse(`request OTP-2026-0996 {\n  kind assistance art. 93(1)(i)\n  to State "Kenya"\n  contact ${contact}\n}\n`);
            const written = document.parseResult.value.elements.find((e): e is Request => e.$type === 'Request')!;
            return readerText(buildNoteVerbale(written, { lang: 'en', stateLibrary })).split('\n').filter(line => line.includes('contact point'));
        };
        expect(await noteWith('""')).toEqual([]);
        expect(await noteWith('"   "')).toEqual([]);
        expect(await noteWith('"the Registry"')).toEqual(['For any question concerning the request, the contact point is: the Registry.']);
    });
});

describe('a State not party invited under art. 87(5)(a)', () => {
    test('is asked to keep the request confidential, not told it "shall" under art. 87(3)', () => {
        expect(readerText(model('OTP-2026-0300', 'en'))).toContain('The Court asks the requested State to keep this request and any documents supporting it confidential, except to the extent that disclosure is necessary for its execution.');
        expect(readerText(model('OTP-2026-0300', 'fr'))).toContain('La Cour prie l\'État requis de respecter le caractère confidentiel de la présente demande et des pièces justificatives');
        expect(readerText(note('OTP-2026-0300', 'en'))).toContain('The Court would be grateful if they were kept confidential, except to the extent');
        for (const name of ['OTP-2026-0300', 'OTP-2026-0304']) {
            for (const lang of ['en', 'fr'] as const) {
                for (const doc of [model(name, lang), note(name, lang)]) {
                    expect(readerText(doc), `${name} (${lang})`).not.toMatch(/article 87(\(3\)|, paragraphe 3)/);
                }
            }
        }
        // A State that accepted the Court's jurisdiction (art. 12(3)) cooperates under Part 9: art. 87(3) binds it.
        expect(readerText(model('OTP-2024-0301', 'en'))).toContain('In accordance with article 87(3) of the Rome Statute, the requested State shall keep this request');
        expect(readerText(note('OTP-2024-0301', 'en'))).toContain('kept confidential in accordance with article 87(3) of the Rome Statute');
    });
});

describe('what the note verbale says it transmits', () => {
    test('the translation the request is accompanied by (art. 87(2)) is among the enclosures, after the request', () => {
        const en = readerText(note('OTP-2026-0304', 'en'));
        expect(en).toContain('The request is in English and is accompanied by a translation into Arabic.');
        expect(en).toContain('Enclosures: OTP-2026-0304; translation of OTP-2026-0304 into Arabic; A1 Identification of the person');
        expect(readerText(note('OTP-2026-0304', 'fr'))).toContain('Pièces jointes\u00a0: OTP-2026-0304\u00a0; traduction en arabe d\'OTP-2026-0304\u00a0; A1 Identification of the person');
        expect(readerText(note('REG-2026-0312', 'en'))).toContain('Enclosures: REG-2026-0312; translation of REG-2026-0312 into French');
        // A request without a translation encloses none.
        expect(readerText(note('OTP-2026-0302', 'en'))).toContain('Enclosures: OTP-2026-0302; A1 List of the children sought');
    });
});

describe('a labelled paragraph ends as every paragraph does', () => {
    test('the date and the place of the crimes end with a full stop, in both languages and in every text format', () => {
        const en = model('REG-2026-0110', 'en');
        expect(readerText(en)).toContain('Date of the crimes: 5 December 2013.\nPlace of the crimes: Bangui and Bossangoa, Central African Republic.\n');
        expect(readerText(model('REG-2026-0110', 'fr'))).toContain('Date des crimes\u00a0: 5 décembre 2013.\nLieu des crimes\u00a0: Bangui and Bossangoa, Central African Republic.\n');
        expect(renderMarkdown(en)).toContain('**Place of the crimes:** Bangui and Bossangoa, Central African Republic.\n');
        expect(parseHTML(renderHtml(en)).document.body.textContent).toContain('Place of the crimes: Bangui and Bossangoa, Central African Republic.');
        // The author's own full stop is not doubled; a paragraph the author ends with a colon or a semicolon leads into the next and keeps it.
        expect(readerText(en)).toContain('Facts: On 5 December 2013 and the following days, in Bangui and Bossangoa, the person sought led armed elements who attacked civilians of the Muslim population, killing at least 60 persons.\n');
        const own = readerText(model('OTP-2026-0985', 'en'));
        expect(own).toContain('Purpose of the request: To obtain the admission records of the Eldoret district hospital for January 2008.\n');
        expect(own).toContain('Facts: The records show:\nthe victims admitted;\ntheir injuries.\n');
    });
});

describe('the period of the crimes', () => {
    test('`crime-date D to E` is written as a period, in both languages', () => {
        expect(readerText(model('OTP-2026-0918', 'en'))).toContain('Date of the crimes: from 1 January 2008 to 31 January 2008.\n');
        expect(readerText(model('OTP-2026-0918', 'fr'))).toContain('Date des crimes\u00a0: du 1er janvier 2008 au 31 janvier 2008.\n');
    });
});

describe('the reasons for urgency', () => {
    test('no capital after a colon in running text: the author\'s sentence follows the note\'s, a reason in lower case goes on it, in both languages', () => {
        expect(readerText(note('REG-2026-0110', 'en'))).toContain('The request is urgent. The person sought holds a ticket for a flight from N\'Djamena to a non-party State on 13 September 2026.\n');
        expect(readerText(note('REG-2026-0110', 'fr'))).toContain('La demande est urgente. The person sought holds a ticket');
        expect(readerText(note('OTP-2026-0985', 'en'))).toContain('The request is urgent: the records are to be destroyed on 1 December 2026.\n');
        expect(readerText(note('OTP-2026-0985', 'fr'))).toContain('La demande est urgente\u00a0: the records are to be destroyed on 1 December 2026.\n');
        for (const name of requests.keys()) {
            for (const lang of ['en', 'fr'] as const) {
                expect(readerText(note(name, lang)), `${name} ${lang}`).not.toMatch(/urgen(t|te)\u00a0?: \p{Lu}/u);
            }
        }
    });

    test('the request gives them under a label, as its purpose and grounds', () => {
        expect(readerText(model('REG-2026-0110', 'en'))).toContain('Reasons for urgency: The person sought holds a ticket for a flight from N\'Djamena to a non-party State on 13 September 2026.\n');
        expect(readerText(model('REG-2026-0110', 'fr'))).toContain('Motifs de l\'urgence\u00a0: The person sought holds a ticket');
        expect(renderMarkdown(model('REG-2026-0110', 'en'))).toContain('**Reasons for urgency:** The person sought');
    });
});

describe('a record\'s summary after the sentence naming it', () => {
    test('no sentence has two colons: a summary with a colon of its own, opening with a capital, follows as a sentence of its own', () => {
        const en = readerText(model('OTP-2026-0300', 'en'));
        expect(en).toContain('Ad hoc arrangement dated 1 July 2026. Exchange of letters: the requested State agrees to consider requests for records held by its authorities on an ad hoc basis (art. 87(5)(a)).');
        expect(en).not.toMatch(/2026: Exchange of letters/);
        expect(readerText(model('OTP-2026-0300', 'fr'))).toContain('Arrangement ad hoc en date du 1er juillet 2026. Exchange of letters: the requested State agrees');
        // One in lower case goes on the sentence after its colon.
        expect(readerText(model('OTP-2026-0985', 'en'))).toContain('(article 96(2)(e) of the Rome Statute). It invites the requested State to inform it of any such requirement.\n'
            + 'The requested State was consulted on the requirements of its national law (article 96(3) of the Rome Statute) on 30 September 2026: a certified copy of each record is required.\n');
        expect(readerText(model('OTP-2026-0985', 'fr'))).toContain('le 30 septembre 2026\u00a0: a certified copy of each record is required.\n');
        for (const name of requests.keys()) {
            for (const lang of ['en', 'fr'] as const) {
                for (const doc of [model(name, lang), note(name, lang)]) expect(readerText(doc), `${name} ${lang}`).not.toMatch(/(dated|en date du|on|le) \d{1,2}(er)? \p{L}+ \d{4}\u00a0?: \p{Lu}/u);
            }
        }
    });
});

describe('a request to a State whose withdrawal has taken effect', () => {
    test('says why the date the proceedings commenced is given: art. 127(2), in both languages', () => {
        expect(readerText(model('OTP-2026-0302', 'en'))).toContain('This request is made in connection with proceedings commenced on 2 March 2022, before the withdrawal of the requested State from the Rome Statute became effective. '
            + 'In accordance with article 127(2) of the Rome Statute, the withdrawal does not affect cooperation with the Court in connection with those proceedings.\n');
        expect(readerText(model('OTP-2026-0302', 'fr'))).toContain('La présente demande est présentée dans le cadre d\'une procédure engagée le 2 mars 2022, avant la date à laquelle le retrait de l\'État requis du Statut de Rome a pris effet. '
            + 'Conformément à l\'article 127, paragraphe 2, du Statut de Rome, ce retrait n\'affecte pas la coopération avec la Cour dans le cadre de cette procédure.\n');
        // Proceedings commenced after the withdrawal took effect are not covered: the date only, no claim.
        const late = readerText(model('OTP-2026-0986', 'en'));
        expect(late).toContain('Proceedings commenced on 1 July 2026.\n');
        expect(late).not.toContain('127(2)');
    });
});

describe('what a person\'s fields name', () => {
    test('the translation for the person says what is translated (rule 187), and the annex that holds it', () => {
        expect(readerText(model('REG-2026-0102', 'en'))).toContain('; Language of the translation of the warrant of arrest (rule 187): Acholi (annex A2).');
        expect(readerText(model('REG-2026-0102', 'fr'))).toContain('\u00a0; Langue de la traduction du mandat d\'arrêt (règle 187)\u00a0: acholi (annexe A2).');
        // A convicted person's is of the judgment of conviction.
        expect(readerText(model('REG-2026-0121', 'en'))).toContain('; Language of the translation of the judgment of conviction (rule 187): French (annex A2).');
        for (const name of requests.keys()) expect(readerText(model(name, 'en')), name).not.toMatch(/Translation: |, in: /);
    });

    test('the instruction on self-incrimination is named by its language (rule 190, concerning rule 74), not "in:"', () => {
        expect(readerText(model('OTP-2026-0203', 'en'))).toContain('; Language of the instruction on self-incrimination (rules 74 and 190): Swahili (annex A1);');
        // The annex a quick fix adds keeps its title (test/lsp/code-actions.test.ts).
        expect(readerText(model('OTP-2026-0203', 'en'))).toContain('A1 | Instruction on self-incrimination (rule 74), in Swahili |');
    });
});

describe('the author\'s text, reproduced untranslated', () => {
    test('the English document of a French request says so, as the French document of an English one does', () => {
        const note = 'Passages supplied by the author of the request are reproduced as written, without translation.';
        const french = model('REG-2026-0102', 'en');
        expect(readerText(french)).toContain('Demande d\'arrestation et de remise de Charles Okello Abonga');
        expect(french.footnotes.map(f => plainText(f.content))).toContain(note);
        expect(readerText(model('REG-2026-0102', 'fr'))).toContain('Les passages fournis par l\'auteur de la demande sont reproduits tels qu\'ils ont été rédigés, sans traduction.');
        expect(readerText(model('OTP-2026-0201', 'fr'))).toContain('Les passages fournis par l\'auteur de la demande sont reproduits tels qu\'ils ont été rédigés, sans traduction.');
        // An English request's English document has nothing untranslated to speak of.
        expect(readerText(model('OTP-2026-0201', 'en'))).not.toContain(note);
    });
});
