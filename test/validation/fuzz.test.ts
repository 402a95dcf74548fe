import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { DocumentState, URI } from 'langium';
import { ResponseError } from 'vscode-languageserver';
import { createRogatoryServices, loadBuiltinDocuments } from '../../packages/language/src/index.js';
import { isModel, isRequest } from '../../packages/language/src/generated/ast.js';
import { buildNoteVerbale, buildRequestDocument, generate, OUTPUT_FORMATS, renderHtml } from '../../packages/language/src/generator/index.js';
import { buildRegister } from '../../packages/language/src/register/register.js';
import { REGISTER_FORMATS } from '../../packages/language/src/register/formats.js';
import { renderRegister } from '../../packages/language/src/register/render-register.js';
import { extractMarkers, FIXTURE_ROOT } from '../fixture-runner.js';
import { applyMutation, mutations } from '../mutations.js';

/**
 * Property test: thousands of mutated request files go through parsing, linking (to the
 * declarations of examples/declarations/ too) and every validation area. No exception may escape (Langium would swallow a validator's
 * exception into console.error, so that counts as a failure too), no message may name a
 * value the parser could not read ('undefined'), and every run ends
 * with the document validated and a list of diagnostics; the editor's features (outline,
 * formatting, quick fixes, hover, completion, go-to, references, rename, inlay hints, links, semantic tokens,
 * folding) then run on it without an exception too (hover and
 * completion naming nothing the parser could not read), and so
 * does the preview: the request and its note verbale built as drafts and rendered in HTML,
 * naming nothing the parser could not read either, and so do the files `rogatory build --draft` writes
 * and the register in each of its formats.
 * A fixed seed, so that a failure is reproduced by running it again; to hunt, run more with others:
 *   ROGATORY_FUZZ_SEED=7 ROGATORY_FUZZ_RUNS=20000 npx vitest run test/validation/fuzz.test.ts
 */
const RUNS = Number(process.env.ROGATORY_FUZZ_RUNS ?? 2500);
const SEED = Number(process.env.ROGATORY_FUZZ_SEED ?? 20261122);

function seeds(): string[] {
    const files: string[] = [];
    const walk = (dir: string) => {
        if (!fs.existsSync(dir)) return;
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) walk(full);
            else if (entry.name.endsWith('.rog')) files.push(full);
        }
    };
    walk(path.resolve(__dirname, '../../examples'));
    walk(FIXTURE_ROOT);
    return files.map(f => extractMarkers(fs.readFileSync(f, 'utf8'), f).text);
}

const VOCABULARY = ['request', 'person', 'warrant', 'kind', 'assistance', 'art.', 'rule', '(', ')', '{', '}', '"', '""', ',',
    'status', 'sent', 'dated', '2026-02-30', '2026-11-22', '2026-11-22T10:00Z', 'ICC-01/04', 'ICC-01/04-01/06', 'to', 'State',
    '"Kenya"', '"Narnia"', 'suppress', 'follows', 'copy-of', 'annex', 'as', 'sought', 'witness', '999999999999', '\u0000', 'é', '\n', '//', '/*'];

describe('fuzz: mutated request files', () => {
    const { Rogatory: services, shared } = createRogatoryServices();
    const corpus = seeds();
    const errors: unknown[] = [];
    beforeAll(async () => {
        await shared.workspace.DocumentBuilder.build(loadBuiltinDocuments(shared), { validation: false });
        // The persons, warrants, judgments and designations the examples rely on, so that a mutated example's references
        // resolve: the checks and the documents then read what they link to, as they do in a real workspace.
        const folder = path.resolve(__dirname, '../../examples/declarations');
        const declarations = fs.readdirSync(folder).filter(f => f.endsWith('.rog')).map(f => {
            const document = shared.workspace.LangiumDocumentFactory.fromString(fs.readFileSync(path.join(folder, f), 'utf8'), URI.file(path.join(folder, f)));
            shared.workspace.LangiumDocuments.addDocument(document);
            return document;
        });
        await shared.workspace.DocumentBuilder.build(declarations, { validation: true });
        vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => { errors.push(args); });
    });
    afterAll(() => vi.restoreAllMocks());

    test(`${RUNS} mutated files parse, link and validate without an exception`, async () => {
        expect(corpus.length).toBeGreaterThan(0);
        let n = 0;
        await fc.assert(fc.asyncProperty(fc.nat(), fc.array(mutations(VOCABULARY), { minLength: 1, maxLength: 6 }), fc.nat(), async (seed, edits, at) => {
            // Each case starts clean: an error kept from the case that failed would fail every case fast-check
            // then tries to shrink it to, and report the smallest of them, which is not the one that failed.
            errors.length = 0;
            const text = edits.reduce(applyMutation, corpus[seed % corpus.length]);
            const uri = URI.file(`/fuzz/case-${n++}.rog`);
            const document = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
            shared.workspace.LangiumDocuments.addDocument(document);
            try {
                await shared.workspace.DocumentBuilder.build([document], { validation: true });
                expect(document.state).toBe(DocumentState.Validated);
                expect(Array.isArray(document.diagnostics)).toBe(true);
                expect(errors, `console.error during validation of:\n${text}`).toEqual([]);
                // A message names what the author wrote, never a value the parser could not read.
                const unread = (document.diagnostics ?? []).map(d => String(d.message)).filter(m => /\bundefined\b|\bNaN\b|\[object /.test(m));
                expect(unread, `a message naming a value not read, in:\n${text}`).toEqual([]);
                // The editor features that run on every keystroke must survive it too.
                const textDocument = { uri: uri.toString() };
                await services.lsp.DocumentSymbolProvider?.getSymbols(document, { textDocument });
                await services.lsp.Formatter?.formatDocument(document, { textDocument, options: { tabSize: 2, insertSpaces: true } });
                // So must the quick fixes of every diagnostic, and hover and completion anywhere.
                const range = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(text.length) };
                await services.lsp.CodeActionProvider?.getCodeActions(document, { textDocument, range, context: { diagnostics: document.diagnostics ?? [] } });
                const position = document.textDocument.positionAt(text.length ? at % (text.length + 1) : 0);
                const hover = await services.lsp.HoverProvider?.getHoverContent(document, { textDocument, position });
                const completion = await services.lsp.CompletionProvider?.getCompletion(document, { textDocument, position });
                // What they show names what the author wrote, never a value the parser could not read, as the messages do.
                const shown = [JSON.stringify(hover?.contents ?? ''), ...(completion?.items ?? []).map(i => [i.label, i.detail, i.documentation && JSON.stringify(i.documentation)].join(' '))];
                expect(shown.filter(t => /\bundefined\b|\bNaN\b|\[object /.test(t)), `hover or completion naming a value not read, at ${JSON.stringify(position)} in:\n${text}`).toEqual([]);
                // And what a click or a key does there: go to definition, references, highlights, rename (not applied); and
                // what the editor shows of the whole file: inlay hints, links, semantic tokens, folding.
                const at_ = { textDocument, position };
                await services.lsp.DefinitionProvider?.getDefinition(document, at_);
                await services.lsp.ReferencesProvider?.findReferences(document, { ...at_, context: { includeDeclaration: true } });
                await services.lsp.DocumentHighlightProvider?.getDocumentHighlight(document, at_);
                // A rename refused (a name of the read-only library, a keyword) is an LSP error response, what the user sees.
                const refusedOnly = (error: unknown) => { if (!(error instanceof ResponseError)) throw error; };
                await (async () => services.lsp.RenameProvider?.prepareRename(document, at_))().catch(refusedOnly);
                await (async () => services.lsp.RenameProvider?.rename(document, { ...at_, newName: 'P-Renamed' }))().catch(refusedOnly);
                await services.lsp.InlayHintProvider?.getInlayHints(document, { textDocument, range });
                await services.lsp.DocumentLinkProvider?.getDocumentLinks(document, { textDocument });
                services.lsp.SemanticTokenProvider?.semanticHighlight(document, { textDocument });
                await services.lsp.FoldingRangeProvider?.getFoldingRanges(document, { textDocument });
                expect(errors, `console.error in an editor feature on:\n${text}`).toEqual([]);
                // The preview renders a request whatever its errors, as a draft (lsp/custom-requests.ts),
                // and so does `rogatory build --draft`: a request read in part must not throw.
                const root = document.parseResult.value;
                for (const request of isModel(root) ? root.elements.filter(isRequest) : []) {
                    for (const lang of ['en', 'fr'] as const) {
                        const options = { lang, draft: true, stateLibrary: services.rogatory.StateLibrary };
                        for (const model of [buildRequestDocument(request, options), buildNoteVerbale(request, options)]) {
                            const html = renderHtml(model);
                            expect(html).toContain('</html>');
                            // A draft names what the author wrote, never a value the parser could not read.
                            expect(html.replace(/<[^>]*>/g, ' '), `a draft naming a value not read, of:\n${text}`).not.toMatch(/\bundefined\b|\bNaN\b/);
                        }
                    }
                    // And `rogatory build --draft` and the editor's export: their files are named after the reference, without which
                    // the request is refused (exportRequest). Markdown and JSON in every case; Word and PDF, slower, in one case in 250.
                    if (!request.name) continue;
                    const formats = n % 250 === 0 ? OUTPUT_FORMATS : (['md', 'json'] as const);
                    for (const file of await generate(request, { formats, lang: ['en', 'fr'], draft: true, stateLibrary: services.rogatory.StateLibrary })) {
                        if (typeof file.content !== 'string') expect(file.content.length, `${file.fileName} of:\n${text}`).toBeGreaterThan(0);
                        else expect(file.content, `${file.fileName} naming a value not read, of:\n${text}`).not.toMatch(/\bundefined\b|\bNaN\b|\[object /);
                    }
                }
                // So does the register, which lists a request whatever its errors (`rogatory register`, the editor's view).
                const listed = isModel(root) ? root.elements.filter(isRequest).map(request => ({ request, file: 'case.rog' })) : [];
                const register = buildRegister(listed, '2026-11-22');
                for (const format of REGISTER_FORMATS) {
                    expect(renderRegister(register, format).replace(/<[^>]*>/g, ' '), `the register (${format}) naming a value not read, of:\n${text}`).not.toMatch(/\bundefined\b|\bNaN\b|\[object /);
                }
            } finally {
                // As the server deletes a file (and Langium's clearDocuments): its declarations leave the index too,
                // so that no later case links to a node of a document gone.
                await shared.workspace.DocumentBuilder.update([], [uri]);
            }
        }), { numRuns: RUNS, seed: SEED });
    }, Math.max(300_000, RUNS * 120));
});
