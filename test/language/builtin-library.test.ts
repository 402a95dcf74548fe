import { describe, expect, test } from 'vitest';
import { URI } from 'langium';
import { setup } from '../helpers.js';
import { builtinFiles, createRogatoryServices, describeStatus, isRequest, loadBuiltinDocuments, officialStateName, stateStatusOn, type State } from '../../packages/language/src/index.js';

const { services, parse } = setup();
const library = services.rogatory.StateLibrary;
const state = (name: string): State => {
    const found = library.allStates().find(s => s.name === name);
    if (!found) throw new Error(`no State ${name}`);
    return found;
};

describe('built-in State library', () => {
    test('the built-in documents parse and validate without errors', async () => {
        await parse('');
        for (const { uri } of builtinFiles()) {
            const document = services.shared.workspace.LangiumDocuments.getDocument(uri)!;
            expect(document.parseResult.lexerErrors, uri.toString()).toEqual([]);
            expect(document.parseResult.parserErrors, uri.toString()).toEqual([]);
            const diagnostics = await services.validation.DocumentValidator.validateDocument(document);
            expect(diagnostics.filter(d => d.severity === 1), uri.toString()).toEqual([]);
        }
    });

    test('every UN member and observer State and every State Party, with ISO codes and French names', async () => {
        await parse('');
        const states = library.allStates();
        expect(states).toHaveLength(196); // 193 members, 2 observers, and the Cook Islands (a State Party)
        expect(states.filter(s => s.membership === 'member')).toHaveLength(193);
        expect(states.filter(s => s.membership === 'observer').map(s => s.name).sort()).toEqual(['Holy See', 'State of Palestine']);
        expect(states.filter(s => s.entryIntoForce)).toHaveLength(127);
        for (const s of states) {
            expect(s.alpha2, s.name).toMatch(/^[A-Z]{2}$/);
            expect(s.alpha3, s.name).toMatch(/^[A-Z]{3}$/);
            expect(s.nameFr, s.name).toBeTruthy();
        }
        expect(state("Côte d'Ivoire").nameFr).toBe("Côte d'Ivoire");
        expect(state('Germany').nameFr).toBe('Allemagne');
        expect(state('United States of America').alpha3).toBe('USA');
    });

    test("full official names from iso-codes' official_name and its French translation, without article", async () => {
        await parse('');
        const full = (name: string) => [officialStateName(state(name).alpha2, 'en'), officialStateName(state(name).alpha2, 'fr')];
        expect(full('Netherlands (Kingdom of the)')).toEqual(['Kingdom of the Netherlands', 'Royaume des Pays-Bas']);
        // Corrected where iso-codes 4.15 slips (« République d'Ouganda », « Royaume du Bouthan »): the UN's forms.
        expect(full('Uganda')).toEqual(['Republic of Uganda', "République de l'Ouganda"]);
        expect(full('Bhutan')).toEqual(['Kingdom of Bhutan', 'Royaume du Bhoutan']);
        expect(full('Brazil')).toEqual(['Federative Republic of Brazil', 'République fédérative du Brésil']);
        expect(full("Côte d'Ivoire")).toEqual(["Republic of Côte d'Ivoire", "République de Côte d'Ivoire"]);
        expect(full('Venezuela (Bolivarian Republic of)')).toEqual(['Bolivarian Republic of Venezuela', 'République bolivarienne du Venezuela']);
        expect(full('Switzerland')).toEqual(['Swiss Confederation', 'Confédération suisse']);
        // iso-codes writes "the State of Eritrea" / "l'État d'Érythrée": the documents add the article a sentence needs.
        expect(full('Eritrea')).toEqual(['State of Eritrea', "État d'Érythrée"]);
        // The library's name is already the full one (State of Palestine, United Kingdom...), or iso-codes has none (Japan).
        for (const name of ['State of Palestine', 'United Kingdom of Great Britain and Northern Ireland', 'Hungary', 'Japan', 'Republic of Korea', 'Bosnia and Herzegovina']) {
            expect(full(name), name).toEqual([undefined, undefined]);
        }
        expect(full('Türkiye')).toEqual(['Republic of Türkiye', 'République de Türkiye']);
        expect(officialStateName('constructor', 'en')).toBeUndefined();
    });

    test('party status on a date follows arts. 126 and 127', async () => {
        await parse('');
        expect(stateStatusOn(state('Kenya'), '2026-11-22').party).toEqual({ kind: 'party', since: '2005-06-01' });
        expect(stateStatusOn(state('Kenya'), '2005-04-01').party.kind).toBe('not-yet-party');
        expect(stateStatusOn(state('Hungary'), '2026-05-01').party.kind).toBe('party');
        expect(stateStatusOn(state('Hungary'), '2026-07-01').party).toMatchObject({ kind: 'withdrawn', effective: '2026-06-02' });
        expect(stateStatusOn(state('Burundi'), '2026-01-01').party.kind).toBe('withdrawn');
        expect(stateStatusOn(state('Philippines'), '2026-01-01').party.kind).toBe('withdrawn');
        for (const name of ['United States of America', 'China', 'India', 'Russian Federation']) {
            expect(stateStatusOn(state(name), '2026-11-22').party.kind, name).toBe('non-party');
        }
    });

    test('art. 12(3) declarations and NOT VERIFIED data show in the status', async () => {
        await parse('');
        const ukraine2020 = stateStatusOn(state('Ukraine'), '2020-01-01');
        expect(ukraine2020.party.kind).toBe('not-yet-party');
        expect(ukraine2020.declaration123?.lodged).toBe('2015-09-08');
        expect(describeStatus(ukraine2020)).toMatch(/art\. 12\(3\) declaration lodged 2015-09-08/);
        expect(describeStatus(stateStatusOn(state('Kenya'), '2026-11-22'))).toBe('State Party since 2005-06-01; dates NOT VERIFIED');
        expect(state('Hungary').verification).toBe('partly-verified');
        expect(state('Hungary').verificationNote).toMatch(/Doubts 1: whether the withdrawal took effect on 2 Jun 2026 is NOT VERIFIED/);
        // Ukraine's dates are verified; the dossier doubts only the text of its art. 124 declaration, which the library does not model.
        expect(state('Ukraine').verification).toBe('verified');
        // A withdrawal announced but not verified leaves verified dates only partly so.
        expect(state('Mali').verification).toBe('partly-verified');
    });

    test('a request links to a built-in State; designations follow rule 180(2)', async () => {
        const doc = await parse('request OTP-2026-0001 { to State "Netherlands (Kingdom of the)" }');
        const netherlands = doc.parseResult.value.elements.find(isRequest)!.state!.ref!;
        const builtin = library.designationOn(netherlands, '2026-11-22');
        expect(builtin?.languages).toEqual(['English']);
        expect(builtin?.verification).toBe('not-verified');
        await parse('designation for State "Netherlands (Kingdom of the)" { channel diplomatic-channel language French received 2026-01-10 }', { uri: URI.file('/ws/nl.rog').toString() });
        expect(library.designationOn(netherlands, '2026-02-23')?.languages).toEqual(['English']);
        expect(library.designationOn(netherlands, '2026-02-24')?.languages).toEqual(['French']); // 45 days after receipt
    });

    test('of two designations of a State that take effect the same day, the one in force is that of the file first by path, whatever the order the files were read in', async () => {
        const files = [['/ws/b/kenya.rog', 'designation for State "Kenya" { language French }'], ['/ws/a/kenya.rog', 'designation for State "Kenya" { language Swahili }']];
        for (const order of [files, [...files].reverse()]) {
            const { Rogatory, shared } = createRogatoryServices();
            await shared.workspace.DocumentBuilder.build(loadBuiltinDocuments(shared), { validation: false });
            const documents = order.map(([path, text]) => {
                const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(path));
                shared.workspace.LangiumDocuments.addDocument(document);
                return document;
            });
            await shared.workspace.DocumentBuilder.build(documents, { validation: false });
            const kenya = Rogatory.rogatory.StateLibrary.allStates().find(s => s.name === 'Kenya')!;
            expect(Rogatory.rogatory.StateLibrary.designationOn(kenya, '2026-11-22')?.languages, order.map(([path]) => path).join(', ')).toEqual(['Swahili']);
        }
    });
});
