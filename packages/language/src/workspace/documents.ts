import type { Cancellation, LangiumDocument, TextDocument, URI } from 'langium';
import { DefaultLangiumDocumentFactory, DefaultLangiumDocuments } from 'langium';

/**
 * Langium's document store, with a map from each document's URI string beside its URI trie.
 * The trie (kept for folder queries) re-parses and re-prints the URI on every lookup, and the
 * linker looks up the target document of every reference it resolves: an eighth of the
 * linking of a 10,000-file workspace. The map holds exactly the documents in the trie, under the
 * URI they were added with; any other spelling of a URI still goes to the trie.
 */
export class RogatoryLangiumDocuments extends DefaultLangiumDocuments {
    private readonly byUri = new Map<string, LangiumDocument>();
    private files = 0;

    override addDocument(document: LangiumDocument): void {
        super.addDocument(document);
        this.byUri.set(document.uri.toString(), document);
        if (document.uri.scheme === 'file') this.files++;
    }

    /** How many documents are files of the workspace (not the built-in library), without walking them. */
    get fileCount(): number {
        return this.files;
    }

    /** The document added under this URI string, without parsing the string (see `getDocument`). */
    byKey(key: string): LangiumDocument | undefined {
        return this.byUri.get(key);
    }

    override getDocument(uri: URI): LangiumDocument | undefined {
        return this.byUri.get(uri.toString()) ?? super.getDocument(uri);
    }

    override hasDocument(uri: URI): boolean {
        return this.byUri.has(uri.toString()) || super.hasDocument(uri);
    }

    override deleteDocument(uri: URI): LangiumDocument | undefined {
        const document = super.deleteDocument(uri);
        if (document) this.forget(document);
        return document;
    }

    override deleteDocuments(folder: URI): LangiumDocument[] {
        const documents = super.deleteDocuments(folder);
        for (const document of documents) this.forget(document);
        return documents;
    }

    private forget(document: LangiumDocument): void {
        if (this.byUri.delete(document.uri.toString()) && document.uri.scheme === 'file') this.files--;
    }
}

/**
 * Langium's document factory, except that a file closed in the editor and gone from the disk
 * before the watcher says so keeps the text it had, instead of failing the rebuild it is part of:
 * a rebuild that throws leaves the file to fail every later one, and the language server with it.
 */
export class RogatoryLangiumDocumentFactory extends DefaultLangiumDocumentFactory {
    protected override async getUpdatedText(document: LangiumDocument, textDocument: TextDocument | undefined, token: Cancellation.CancellationToken): Promise<string> {
        try {
            return await super.getUpdatedText(document, textDocument, token);
        } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
            return document.textDocument.getText();
        }
    }
}
