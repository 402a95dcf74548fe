import { URI, type LangiumDocument } from 'langium';
import { expect, test } from 'vitest';
import type { Connection } from 'vscode-languageserver';
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
    // A file added and checked alone, as an edit is: the others are owed a check.
    await DocumentBuilder.build([LangiumDocuments.createDocument(URI.file('/ws/new.rog'), 'person P-new { name "N" }\n')], { validation: true });

    // Once the pass has checked its first file, an edit arrives as the editor sends one: its
    // update is a write under the workspace lock, which Langium queues when the message is read.
    const validator = Rogatory.validation.DocumentValidator;
    const validate = validator.validateDocument.bind(validator);
    let checked = 0;
    let checkedBeforeEdit: number | undefined;
    let edited!: () => void;
    const edit = new Promise<void>(resolve => edited = resolve);
    validator.validateDocument = (document: LangiumDocument, ...rest) => {
        if (checked++ === 0) setTimeout(() => void WorkspaceLock.write(token => DocumentBuilder.update([], [], token)).then(edited), 0);
        return validate(document, ...rest);
    };
    DocumentBuilder.onUpdate(() => { checkedBeforeEdit ??= checked; });
    await edit;
    expect(checked).toBeGreaterThan(0);
    expect(checkedBeforeEdit).toBeLessThanOrEqual(200);
});

// The first build, "Check workspace" and an as-of re-check check every file: checking the closed
// ones again once the editor is idle would find what was just found (half a second at 10,000 files).
test('a build that checked every closed file owes no second pass', async () => {
    const { shared, Rogatory } = createRogatoryServices();
    const { DocumentBuilder, LangiumDocuments } = shared.workspace;
    const files = Array.from({ length: 50 }, (_, i) => LangiumDocuments.createDocument(URI.file(`/ws/p-${i}.rog`), `person P-${i} { name "N" }\n`));
    recheckClosedFilesWhenIdle({ sendDiagnostics: async () => undefined } as unknown as Connection, shared, 10);
    const validator = Rogatory.validation.DocumentValidator;
    const validate = validator.validateDocument.bind(validator);
    let checked = 0;
    validator.validateDocument = (document: LangiumDocument, ...rest) => { checked++; return validate(document, ...rest); };

    await DocumentBuilder.build([...loadBuiltinDocuments(shared), ...files], { validation: true });
    const afterBuild = checked;
    await new Promise(resolve => setTimeout(resolve, 100));
    expect(checked).toBe(afterBuild);

    // One file checked alone, as an edit checks it: every closed file (the 50 and the new one) is
    // checked again once idle.
    await DocumentBuilder.build([LangiumDocuments.createDocument(URI.file('/ws/new.rog'), 'person P-new { name "N" }\n')], { validation: true });
    const afterEdit = checked;
    await new Promise(resolve => setTimeout(resolve, 100));
    expect(checked - afterEdit).toBe(51);
});
