import { describe, expect, test } from 'vitest';
import { DefaultDocumentBuilder, URI, type BuildOptions, type LangiumDocument } from 'langium';
import { createRogatoryServices } from '../../packages/language/src/index.js';

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
});
