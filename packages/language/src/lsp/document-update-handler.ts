import { URI } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * Runs the `slow` checks (those that look across files: a name declared twice, rule 188's deadline
 * after a provisional arrest, a classification below the warrant's...) on a saved file. Every
 * keystroke runs only the `fast` ones, and the next keystroke drops these findings again until the
 * next save; "Rogatory: Check workspace" runs them on every file.
 */
export class RogatoryDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly shared: LangiumSharedServices;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.shared = services;
    }

    didSaveDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        const { WorkspaceManager, WorkspaceLock, LangiumDocuments, DocumentBuilder } = this.shared.workspace;
        WorkspaceManager.ready.then(() => WorkspaceLock.write(async token => {
            const document = LangiumDocuments.getDocument(uri);
            // Langium runs only the categories this document has not been validated with yet, and publishes the lot.
            if (document) await DocumentBuilder.build([document], { validation: { categories: ['built-in', 'fast', 'slow'] } }, token);
        })).catch(error => console.error(`Could not check ${uri.fsPath} on save:`, error));
    }
}
