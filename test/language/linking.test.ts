import { describe, expect, test } from 'vitest';
import { AstUtils, URI } from 'langium';
import { setup } from '../helpers.js';
import { createRogatoryServices, isRequest, isWarrant, loadBuiltinDocuments, type Model, type Request } from '../../packages/language/src/index.js';

const { parse, services } = setup();

describe('linker', () => {
    test('a request links persons and warrants declared in another file of the workspace', async () => {
        await parse(`
person P-Ntaganda { name "Jean-Baptiste Example" }
warrant W-Ntaganda { number ICC-01/04-02/06-2 issued 2012-07-13 by "Pre-Trial Chamber II" person P-Ntaganda crimes "x" facts "y" }`,
            { uri: URI.file('/ws/declarations.rog').toString() });
        const doc = await parse(`request REG-2026-0001 { kind arrest-and-surrender warrant W-Ntaganda person P-Ntaganda as sought { location "Goma" } }`);
        const r = doc.parseResult.value.elements[0] as Request;
        expect(r.warrant?.ref?.name).toBe('W-Ntaganda');
        expect(isWarrant(r.warrant?.ref) && r.warrant.ref.person?.ref?.fullName).toBe('Jean-Baptiste Example');
        expect(AstUtils.getDocument(r.persons[0].person.ref!).uri.path).toBe('/ws/declarations.rog');
    });

    test('a State name links to the built-in State library under builtin:///', async () => {
        const doc = await parse(`request OTP-2026-0002 { to State "Kenya" }`);
        const r = doc.parseResult.value.elements.find(isRequest)!;
        const state = r.state?.ref;
        expect(state?.alpha2).toBe('KE');
        const uri = AstUtils.getDocument(state!).uri;
        expect([uri.scheme, uri.path]).toEqual(['builtin', '/states.rog']);
    });

    test('an unknown State, person or warrant is a linking error at the reference', async () => {
        const doc = await parse(`request OTP-2026-0003 {\n  to State "Narnia"\n  warrant W-Nobody\n}`);
        const messages = doc.diagnostics!.filter(d => d.data?.code === 'linking-error').map(d => [d.range.start.line, d.message]);
        expect(messages).toEqual([
            [1, 'No State named "Narnia" in the built-in list.'],
            // Then the warrants declared by the tests before, which it lists.
            [2, expect.stringMatching(/^No warrant named W-Nobody is declared in the workspace: declare it \(`warrant W-Nobody \{ \.\.\. \}`\)/)]
        ]);
    });

    test('the names an unresolved reference lists are in one order, whatever the order the files were read in (the editor and `rogatory check` agree)', async () => {
        const files = [['/ws/z.rog', 'decision D-Zulu-Safe-Conduct { number ICC-01/09-01/26-77 }'], ['/ws/a.rog', 'decision D-Alpha-Collection { number ICC-01/09-01/26-78 }']];
        const request = 'request OTP-2026-0009 {\n  person P-X as witness { assurance D-Nowhere-Quite-Different }\n}';
        for (const order of [files, [...files].reverse()]) {
            const { shared } = createRogatoryServices();
            await shared.workspace.DocumentBuilder.build(loadBuiltinDocuments(shared), { validation: false });
            const documents = [...order, ['/ws/request.rog', request]].map(([path, text]) => {
                const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(path));
                shared.workspace.LangiumDocuments.addDocument(document);
                return document;
            });
            await shared.workspace.DocumentBuilder.build(documents, { validation: true });
            const messages = documents[2].diagnostics!.map(d => String(d.message)).filter(m => m.startsWith('No decision'));
            expect(messages, order.map(([path]) => path).join(', ')).toEqual([
                'No decision named D-Nowhere-Quite-Different is declared in the workspace: declare it (`decision D-Nowhere-Quite-Different { ... }`), or name one of those declared (D-Alpha-Collection, D-Zulu-Safe-Conduct).'
            ]);
        }
    });

    test('a name declared in two files links to the declaration of the file first by path, whatever the order the files were read in', async () => {
        // The b file's declaration has no date of birth: the check of the request reads whichever it links to.
        const files = [['/ws/b/persons.rog', 'person P-Twice { name "Second File" }'], ['/ws/a/persons.rog', 'person P-Twice { name "First File" born 1980-01-01 }']];
        const request = 'request REG-2026-0019 {\n  kind arrest-and-surrender\n  person P-Twice as sought { location "Arusha" }\n}';
        const seen: string[][] = [];
        for (const order of [files, [...files].reverse()]) {
            const { shared } = createRogatoryServices();
            await shared.workspace.DocumentBuilder.build(loadBuiltinDocuments(shared), { validation: false });
            const documents = [...order, ['/ws/request.rog', request]].map(([path, text]) => {
                const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(path));
                shared.workspace.LangiumDocuments.addDocument(document);
                return document;
            });
            await shared.workspace.DocumentBuilder.build(documents, { validation: true });
            const linked = (documents[2].parseResult.value as Model).elements.find(isRequest)!.persons[0].person.ref!;
            expect(AstUtils.getDocument(linked).uri.path, order.map(([path]) => path).join(', ')).toBe('/ws/a/persons.rog');
            seen.push(documents[2].diagnostics!.map(d => `${d.code} ${d.message}`).sort());
        }
        expect(seen[0]).toEqual(seen[1]);
        expect(seen[0].filter(d => d.startsWith('reference-ambiguous'))).toHaveLength(1);
    });

    test('an annex can be the copy of a warrant, judgment, decision or record', async () => {
        await parse(`judgment J-1 { number ICC-01/04-01/06-2842 dated 2012-03-14 }`, { uri: URI.file('/ws/j.rog').toString() });
        const doc = await parse(`request REG-2026-0004 { annex A1 "Copy of the judgment" { copy-of J-1 } }`);
        const r = doc.parseResult.value.elements.find(isRequest)!;
        expect(r.annexes[0].copyOf?.ref?.$type).toBe('Judgment');
    });

    test('references to annexes stay within their request', async () => {
        const doc = await parse(`
person P-W1 { name "Witness One" languages Swahili }
request OTP-2026-0005 {
  annex A7 "Instruction on self-incrimination (rule 74)"
  person P-W1 as witness { self-incrimination-instruction Swahili annex A7 }
}`);
        const r = doc.parseResult.value.elements.find(isRequest)!;
        expect(r.persons[0].selfIncriminationAnnex?.ref?.title).toBe('Instruction on self-incrimination (rule 74)');
        expect(services.shared.workspace.IndexManager.allElements('Annex').toArray()).toHaveLength(0);
    });

    test('a State or organisation of the built-in library is the one its name names, even where a workspace file declaring it again was indexed first', async () => {
        // The language server may index the library after the workspace files (a file opened during its first build).
        const { shared } = createRogatoryServices();
        const factory = shared.workspace.LangiumDocumentFactory;
        const shadow = factory.fromString('state "Kenya" { iso KE KEN un member }\norganisation "African Union" { abbreviation "AU" }\nstate "Atlantis" { iso XA XAT }\n', URI.file('/ws/shadow.rog'));
        shared.workspace.LangiumDocuments.addDocument(shadow);
        await shared.workspace.DocumentBuilder.build([shadow], { validation: false });
        await shared.workspace.DocumentBuilder.build(loadBuiltinDocuments(shared), { validation: false });
        const request = factory.fromString('request OTP-2026-0003 { to State "Kenya" }\nrequest OTP-2026-0004 { to organisation "African Union" }\nrequest OTP-2026-0005 { to State "Atlantis" }\n', URI.file('/ws/request.rog'));
        shared.workspace.LangiumDocuments.addDocument(request);
        await shared.workspace.DocumentBuilder.build([request], { validation: false });
        const [kenya, union, atlantis] = (request.parseResult.value as Model).elements.filter(isRequest).map(r => r.state?.ref ?? r.organisation?.ref);
        expect(kenya && AstUtils.getDocument(kenya).uri.toString()).toBe('builtin:/states.rog');
        expect(kenya && 'deposited' in kenya && kenya.deposited).toBe('2005-03-15');
        expect(union && AstUtils.getDocument(union).uri.toString()).toBe('builtin:/organisations.rog');
        // A State the library lacks is the workspace's.
        expect(atlantis && AstUtils.getDocument(atlantis).uri.path).toBe('/ws/shadow.rog');
    });
});
