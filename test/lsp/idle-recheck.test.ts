import { URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { expect, test } from 'vitest';
import type { Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createRogatoryServices, loadBuiltinDocuments } from '../../packages/language/src/index.js';
import { recheckClosedFilesWhenIdle } from '../../packages/language/src/lsp/idle-recheck.js';

// The files not open are checked again in batches under the workspace lock, so that an edit made
// while they are checked waits for one batch at most. The editor's messages (an edit) are read
// between two turns of the event loop: the pass must give the loop a turn between its batches.
test('an edit made while the closed files are checked again waits for one batch of them at most', async () => {
    const { shared, Rogatory } = createRogatoryServices();
    const { DocumentBuilder, LangiumDocuments, WorkspaceLock } = shared.workspace;
    const files = Array.from({ length: 1000 }, (_, i) => LangiumDocuments.createDocument(URI.file(`/ws/p-${i}.rog`), `person P-${i} { name "N" }\n`));
    recheckClosedFilesWhenIdle({ sendDiagnostics: async () => undefined } as unknown as Connection, shared, 20);
    await DocumentBuilder.build([...loadBuiltinDocuments(shared), ...files], { validation: true });
    // A file opened that declares every name again: the 1,000 others are owed a check.
    await edit(shared, '/ws/new.rog', files.map((_, i) => `person P-${i} { name "M" }`).join('\n'));

    // Once the pass has checked its first file, an edit arrives as the editor sends one: its
    // update is a write under the workspace lock, which Langium queues when the message is read.
    const validator = Rogatory.validation.DocumentValidator;
    const validate = validator.validateDocument.bind(validator);
    let checked = 0;
    let checkedBeforeEdit: number | undefined;
    let edited!: () => void;
    const nextEdit = new Promise<void>(resolve => edited = resolve);
    validator.validateDocument = (document: LangiumDocument, ...rest) => {
        if (checked++ === 0) setTimeout(() => void WorkspaceLock.write(token => DocumentBuilder.update([], [], token)).then(edited), 0);
        return validate(document, ...rest);
    };
    DocumentBuilder.onUpdate(() => { checkedBeforeEdit ??= checked; });
    await nextEdit;
    expect(checked).toBeGreaterThan(0);
    expect(checkedBeforeEdit).toBeLessThanOrEqual(200);
});

// The first build, "Check workspace" and an as-of re-check check every file: checking the closed
// ones again once the editor is idle would find what was just found (half a second at 10,000 files).
// After an edit, only the closed files the edit can judge differently are checked again: those that
// declare or refer to a name the edited file mentions, now or before the edit.
test('once edits settle, the closed files checked again are those the edits can judge differently', async () => {
    const { shared, Rogatory } = createRogatoryServices();
    const { DocumentBuilder, LangiumDocuments } = shared.workspace;
    const files = Array.from({ length: 50 }, (_, i) => LangiumDocuments.createDocument(URI.file(`/ws/p-${i}.rog`), `person P-${i} { name "N" }\n`));
    recheckClosedFilesWhenIdle({ sendDiagnostics: async () => undefined } as unknown as Connection, shared, 10);
    const validator = Rogatory.validation.DocumentValidator;
    const validate = validator.validateDocument.bind(validator);
    let checked: string[] = [];
    validator.validateDocument = (document: LangiumDocument, ...rest) => { checked.push(document.uri.path); return validate(document, ...rest); };
    const idle = () => new Promise(resolve => setTimeout(resolve, 100));
    const codes = (file: string) => (LangiumDocuments.getDocument(URI.file(file))?.diagnostics ?? []).map(d => d.code);

    await DocumentBuilder.build([...loadBuiltinDocuments(shared), ...files], { validation: true });
    checked = [];
    await idle();
    expect(checked).toEqual([]);

    // A new file declares P-7 again: p-7.rog, which does not refer to it, now has a duplicate name.
    await edit(shared, '/ws/new.rog', 'person P-7 { name "M" }\n');
    await idle();
    expect(checked).toEqual(['/ws/new.rog', '/ws/p-7.rog']);
    expect(codes('/ws/p-7.rog')).toEqual(['declaration-duplicate-name']);

    // Renamed: p-7.rog is named by the text before the edit, and its error goes.
    checked = [];
    await edit(shared, '/ws/new.rog', 'person P-new { name "M" }\n', 2);
    await idle();
    expect(checked).toEqual(['/ws/new.rog', '/ws/p-7.rog']);
    expect(codes('/ws/p-7.rog')).toEqual([]);
});

/** The editor's edit: `file` open with `text`, and the update Langium runs for it, under the workspace lock. */
async function edit(shared: LangiumSharedServices, file: string, text: string, version = 1): Promise<void> {
    const { TextDocuments, WorkspaceLock, DocumentBuilder } = shared.workspace;
    TextDocuments.set(TextDocument.create(URI.file(file).toString(), 'rogatory', version, text));
    await WorkspaceLock.write(token => DocumentBuilder.update([URI.file(file)], [], token));
}
