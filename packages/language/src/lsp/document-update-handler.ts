import { URI, type TextDocument } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';

/**
 * A file closed in the editor is read again from the disk (Langium leaves it as the editor last
 * sent it): its unsaved changes were discarded, or it was never saved, and the workspace would
 * otherwise go on linking to, and checking, text that exists only in the server, where
 * `rogatory check` reads the disk. A closed file that is not on the disk leaves the workspace.
 */
export class RogatoryDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly files: LangiumSharedServices['workspace']['FileSystemProvider'];

    constructor(services: LangiumSharedServices) {
        super(services);
        this.files = services.workspace.FileSystemProvider;
    }

    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        const onDisk = uri.scheme === 'file' && this.files.existsSync(uri);
        this.fireDocumentUpdate(onDisk ? [uri] : [], onDisk ? [] : [uri]);
    }
}
