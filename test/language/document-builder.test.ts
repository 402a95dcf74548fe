import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { AstUtils, DefaultDocumentBuilder, URI, type BuildOptions, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createRogatoryServices, isRequest, loadBuiltinDocuments, type Model } from '../../packages/language/src/index.js';

// The builder's "which validation categories did the last build not run?" is answered without
// Langium's streams; the answer must be Langium's in every case the editor and the CLI meet.
describe('the document builder', () => {
    test('finds the validation categories still to run exactly as Langium does', async () => {
        const { shared } = createRogatoryServices();
        const builder = shared.workspace.DocumentBuilder;
        const documents = shared.workspace.LangiumDocuments;
        const make = (name: string) => documents.createDocument(URI.file(`/ws/${name}.rog`), `person P-${name} { name "N" }`);
        const fastOnly = make('fast'), everything = make('all'), none = make('none'), unbuilt = make('unbuilt');
        await builder.build([fastOnly], { validation: { categories: ['built-in', 'fast'] } });
        await builder.build([everything], { validation: true });
        await builder.build([none], { validation: false });
        const ours = (d: LangiumDocument, o: BuildOptions | undefined) => (builder as unknown as { findMissingValidationCategories: (d: LangiumDocument, o?: BuildOptions) => string[] }).findMissingValidationCategories(d, o);
        const langiums = (d: LangiumDocument, o: BuildOptions | undefined) => (DefaultDocumentBuilder.prototype as unknown as { findMissingValidationCategories: (d: LangiumDocument, o?: BuildOptions) => string[] }).findMissingValidationCategories.call(builder, d, o);
        const options: Array<BuildOptions | undefined> = [undefined, { validation: true }, { validation: false }, { validation: {} },
            { validation: { categories: ['fast'] } }, { validation: { categories: ['built-in', 'fast', 'slow'] } }, { validation: { categories: ['slow'] } }, { validation: { categories: ['fast', 'unheard-of' as 'fast'] } }];
        for (const document of [fastOnly, everything, none, unbuilt]) {
            for (const option of options) {
                expect(ours(document, option), `${document.uri.path} ${JSON.stringify(option)}`).toEqual(langiums(document, option));
            }
        }
        // The case that matters in the editor: saved after typing, the slow checks are still to run.
        expect(ours(fastOnly, { validation: { categories: ['built-in', 'fast', 'slow'] } })).toEqual(['slow']);
    });

    test('a declaration added to a file first by path, of a name another file declares, takes over the references to it, as in a check from scratch', async () => {
        const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-relink-'));
        const write = (file: string, text: string) => {
            fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
            fs.writeFileSync(path.join(root, file), text);
            return URI.file(path.join(root, file));
        };
        const request = 'request REG-2026-0019 {\n  kind arrest-and-surrender\n  person P-Twice as sought { location "Arusha" }\n}\n';
        const files = [write('b/persons.rog', 'person P-Twice { name "Second File" }\n'), write('request.rog', request)];
        try {
            const load = async (uris: URI[]) => {
                const { shared } = createRogatoryServices(NodeFileSystem);
                await shared.workspace.DocumentBuilder.build(loadBuiltinDocuments(shared), { validation: false });
                const documents = await Promise.all(uris.map(uri => shared.workspace.LangiumDocuments.getOrCreateDocument(uri)));
                await shared.workspace.DocumentBuilder.build(documents, { validation: true });
                return shared;
            };
            const findings = (shared: Awaited<ReturnType<typeof load>>) => {
                const document = shared.workspace.LangiumDocuments.getDocument(files[1])!;
                const person = (document.parseResult.value as Model).elements.find(isRequest)!.persons[0].person.ref!;
                return { linkedTo: path.relative(root, AstUtils.getDocument(person).uri.fsPath), diagnostics: document.diagnostics!.map(d => `${d.code} ${d.message}`).sort() };
            };
            const editor = await load(files);
            expect(findings(editor).linkedTo).toBe(path.join('b', 'persons.rog'));
            // A file written before it by path declares the name again, with the date of birth the other lacks.
            const added = write('a/persons.rog', 'person P-Twice { name "First File" born 1980-01-01 }\n');
            await editor.workspace.DocumentBuilder.update([added], []);
            const fresh = findings(await load([added, ...files]));
            expect(fresh.linkedTo).toBe(path.join('a', 'persons.rog'));
            expect(findings(editor)).toEqual(fresh);
        } finally {
            fs.rmSync(root, { recursive: true, force: true });
        }
    });
});
