import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { DocumentState, URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createRogatoryServices, loadBuiltinDocuments } from '../../packages/language/src/index.js';
import { judgedByChange, noChange, noteChangedText } from '../../packages/language/src/workspace/affected-files.js';
import { applyMutation, mutations } from '../mutations.js';

/**
 * Property test of the editor's incremental checking: one file of the examples edited at random (a
 * request or a declarations file) or deleted, the builder's update and then the idle re-check of the closed files
 * the change can affect (`lsp/idle-recheck.ts`, which selects them as `check --changed-since` does) must
 * leave every file with the findings a check from scratch gives: the same codes, ranges and messages.
 * The workspace-wide indexes re-read only the files that changed, Langium relinks only what links into
 * them, and a name declared twice is linked by path; any of these going stale shows here.
 * A fixed seed; to hunt, run more with others:
 *   ROGATORY_FUZZ_SEED=7 ROGATORY_FUZZ_RUNS=1000 npx vitest run test/language/incremental.test.ts
 */
const RUNS = Number(process.env.ROGATORY_FUZZ_RUNS ?? 40);
const SEED = Number(process.env.ROGATORY_FUZZ_SEED ?? 20261202);

const VOCABULARY = ['request', 'person', 'warrant', 'judgment', 'decision', 'record', 'designation', '{', '}', '"', '""', ',', 'name', 'number',
    'crimes', 'issued', 'languages', 'language', 'channel', 'for', 'follows', 'kind', 'dated', 'status', '2026-02-30', '2026-11-22', 'ICC-01/09',
    'ICC-01/09-01/26', 'State', '"Kenya"', '"Narnia"', 'W-Kilonzo', 'P-Kilonzo', 'P-Wanjiru', 'OTP-2026-0201', '\n', '//'];

/** Declarations, added at the end of the file edited, of names another file declares: the references to them then name the file first by path. */
const REDECLARED = ['person P-Kilonzo { name "Another Kilonzo" }', 'warrant W-Kilonzo { number ICC-01/09-01/26-99 person P-Wanjiru }',
    'person P-Wanjiru { name "Another Wanjiru" languages French }', 'designation for State "Kenya" { language French }'];

const findings = (document: LangiumDocument) => (document.diagnostics ?? [])
    .map(d => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`).sort();

describe('incremental checking', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-incremental-'));
    fs.cpSync(path.resolve(__dirname, '../../examples'), root, { recursive: true });
    // The examples of single findings, one per file, would only add noise: the others link to one another.
    fs.rmSync(path.join(root, 'invalid'), { recursive: true });
    const files: string[] = [];
    const walk = (dir: string) => {
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) walk(full);
            else if (full.endsWith('.rog')) files.push(full);
        }
    };
    walk(root);
    const originals = new Map(files.map(f => [f, fs.readFileSync(f, 'utf8')]));
    const editor = createRogatoryServices(NodeFileSystem);
    const errors: unknown[] = [];

    /** Every file of the workspace read and checked, in `shared`, as `rogatory check` and the editor's first build do. */
    async function loadAll(shared: LangiumSharedCoreServices): Promise<LangiumDocument[]> {
        const documents = files.filter(f => fs.existsSync(f)).map(f => {
            const document = shared.workspace.LangiumDocumentFactory.fromString(fs.readFileSync(f, 'utf8'), URI.file(f));
            shared.workspace.LangiumDocuments.addDocument(document);
            return document;
        });
        await shared.workspace.DocumentBuilder.build(documents, { validation: true });
        return documents;
    }

    /**
     * The file written (or deleted: `undefined`), the builder told, then the closed files the change can affect checked
     * again, as the editor does once edits settle (a deletion re-checks every file at once).
     */
    async function edit(file: string, text: string | undefined): Promise<void> {
        const { workspace } = editor.shared;
        const uri = URI.file(file);
        if (text === undefined) {
            fs.rmSync(file);
            await workspace.DocumentBuilder.update([], [uri]);
            return;
        }
        const before = workspace.LangiumDocuments.getDocument(uri)?.textDocument.getText();
        fs.writeFileSync(file, text);
        await workspace.DocumentBuilder.update([uri], []);
        const change = noChange();
        change.uris.add(uri.toString());
        if (before !== undefined) noteChangedText(change, before);
        noteChangedText(change, text);
        const closed = workspace.LangiumDocuments.all.filter(d => d.uri.scheme === 'file').toArray();
        for (const document of judgedByChange(closed, { ...change, elsewhere: false }, workspace.IndexManager)) {
            document.diagnostics = await editor.Rogatory.validation.DocumentValidator.validateDocument(document, { categories: ['built-in', 'fast', 'slow'] });
        }
    }

    beforeAll(async () => {
        await editor.shared.workspace.DocumentBuilder.build(loadBuiltinDocuments(editor.shared), { validation: false });
        await loadAll(editor.shared);
        vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => { errors.push(args); });
    });
    afterAll(() => {
        vi.restoreAllMocks();
        fs.rmSync(root, { recursive: true, force: true });
    });

    test(`after ${RUNS} random edits to (or deletions of) a file of the examples, every file has the findings of a check from scratch`, async () => {
        const redeclared = fc.option(fc.constantFrom(...REDECLARED), { freq: 3 });
        // One edit in ten deletes the file instead.
        const deleted = fc.integer({ min: 0, max: 9 }).map(n => n === 0);
        await fc.assert(fc.asyncProperty(fc.nat(), fc.array(mutations(VOCABULARY), { maxLength: 5 }), redeclared, deleted, async (which, edits, added, gone) => {
            errors.length = 0;
            const file = files[which % files.length];
            const text = gone ? undefined : edits.reduce(applyMutation, originals.get(file)!) + (added ? `\n${added}\n` : '');
            try {
                await edit(file, text);
                const fresh = createRogatoryServices(NodeFileSystem).shared;
                await fresh.workspace.DocumentBuilder.build(loadBuiltinDocuments(fresh), { validation: false });
                const expected = new Map((await loadAll(fresh)).map(d => [d.uri.toString(), findings(d)]));
                for (const document of editor.shared.workspace.LangiumDocuments.all.filter(d => d.uri.scheme === 'file')) {
                    const name = path.relative(root, document.uri.fsPath);
                    expect(document.state, name).toBe(DocumentState.Validated);
                    expect(findings(document), `${name}, after an edit of ${path.relative(root, file)} to:\n${text ?? '(deleted)'}`).toEqual(expected.get(document.uri.toString()));
                }
                expect(errors).toEqual([]);
            } finally {
                await edit(file, originals.get(file)!);
            }
        }), { numRuns: RUNS, seed: SEED });
    }, Math.max(300_000, RUNS * 2_000));

    test('the names a changed file mentions include those after a quote left open, which pairs the quotes after it the other way round', () => {
        const change = noChange();
        // The title's closing quote deleted: `"Request\n}\nperson P-Wanjiru { name "` now reads as one text.
        noteChangedText(change, 'request REG-2026-0101 {\n  title "Request\n}\nperson P-Wanjiru { name "Another" }\n');
        expect([...change.names]).toEqual(expect.arrayContaining(['P-Wanjiru', 'REG-2026-0101']));
    });
});
