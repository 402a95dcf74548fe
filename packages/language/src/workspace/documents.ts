import type { AstNode, Cancellation, LangiumDocument, Mutable, TextDocument, URI } from 'langium';
import { DefaultLangiumDocumentFactory, DefaultLangiumDocuments } from 'langium';
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { MAX_FILE_BYTES, refuseUnreadFile } from '../parser/guarded-parser.js';
import { NOT_A_FILE } from './file-system-errors.js';
import { openRegularFileHandle } from './regular-files.js';

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

    /**
     * Langium's, except that a file the store does not hold and the disk no longer has (deleted while the editor
     * shows it, or replaced by what is no file: the request handlers of Langium that wait for the workspace, not for
     * the document, ask for it) is refused as Langium refuses a request about a document it does not hold, which an
     * editor drops quietly, not failed with the read's error (an internal error, which it reports).
     */
    override async getOrCreateDocument(uri: URI, cancellationToken?: Cancellation.CancellationToken): Promise<LangiumDocument> {
        try {
            return await super.getOrCreateDocument(uri, cancellationToken);
        } catch (error) {
            if (!isGoneAsFile(error)) throw error;
            throw noDocumentFound(uri);
        }
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
 * Langium's document factory, except that
 * - a file is read through one open handle, which gives its size and its text: a file of more than MAX_FILE_BYTES
 *   is not read, and gets the diagnostic at 1:1 of a file too large to be a request, as in `rogatory check` (past
 *   512 MB the read would fail, and the workspace's first load with it: no file of the workspace would be checked).
 *   The size judged is that of the file read, as in `rogatory check`, not that of a file that grew since.
 *   A file open in the editor is the text the editor sent, which the parser refuses past MAX_FILE_CHARACTERS
 *   (VS Code sends none past 50 MB: the disk's is kept).
 * - a document refused so, read again and found small, is parsed again even when its text is also empty.
 * - a file closed in the editor and gone from the disk before the watcher says so keeps the text it had, instead
 *   of failing the rebuild it is part of: a rebuild that throws leaves the file to fail every later one, and the
 *   language server with it. So does a file replaced by what is no file (a named pipe, a folder), which is not
 *   read: opening a named pipe would wait for a writer for ever, the language server with it; the watcher's news
 *   of it then takes it out of the workspace (document-builder.ts).
 */
export class RogatoryLangiumDocumentFactory extends DefaultLangiumDocumentFactory {
    /** The size of each file found too large by the read in progress, keyed by URI, until its document is refused. */
    private readonly tooLarge = new Map<string, number>();
    /** The documents that hold a refusal, whose empty text is not the file's. */
    private readonly refused = new WeakSet<LangiumDocument>();

    override async fromUri<T extends AstNode = AstNode>(uri: URI, cancellationToken?: Cancellation.CancellationToken): Promise<LangiumDocument<T>> {
        const document = await super.fromUri<T>(uri, cancellationToken);
        this.refuseIfTooLarge(document);
        return document;
    }

    override async update<T extends AstNode = AstNode>(document: Mutable<LangiumDocument<T>>, cancellationToken: Cancellation.CancellationToken): Promise<LangiumDocument<T>> {
        const before = document.parseResult;
        const wasRefused = this.refused.has(document);
        await super.update(document, cancellationToken);
        // Langium parses again only a text that changed: an empty text read after a refusal, or a refusal
        // after an empty text, would keep the parse (and the refusal's diagnostic) the document had.
        if (document.parseResult === before && (wasRefused || this.tooLarge.has(document.uri.toString()))) {
            document.parseResult = await this.parseAsync<T>(document.uri, '', cancellationToken);
            (document.parseResult.value as Mutable<AstNode>).$document = document;
        }
        this.refused.delete(document);
        this.refuseIfTooLarge(document);
        return document;
    }

    protected override getInitialText(uri: URI): Promise<string> {
        return this.readText(uri);
    }

    protected override async getUpdatedText(document: LangiumDocument, textDocument: TextDocument | undefined): Promise<string> {
        if (textDocument) return textDocument.getText();
        try {
            return await this.readText(document.uri);
        } catch (error) {
            if (!isGoneAsFile(error)) throw error;
            return document.textDocument.getText();
        }
    }

    /** The text of the file at `uri`; '' for a file too large to be read, whose size `tooLarge` then holds. */
    private async readText(uri: URI): Promise<string> {
        if (uri.scheme !== 'file') return this.fileSystemProvider.readFile(uri);
        // What an earlier read found, if a cancelled parse left it unclaimed, is not this read's.
        this.tooLarge.delete(uri.toString());
        const { handle, size } = await openRegularFileHandle(uri.fsPath);
        try {
            if (size <= MAX_FILE_BYTES) return await handle.readFile('utf8');
            this.tooLarge.set(uri.toString(), size);
            return '';
        } finally {
            await handle.close();
        }
    }

    private refuseIfTooLarge(document: LangiumDocument): void {
        const key = document.uri.toString();
        const bytes = this.tooLarge.get(key);
        if (bytes === undefined) return;
        this.tooLarge.delete(key);
        refuseUnreadFile(document, bytes);
        this.refused.add(document);
    }
}

/** A read that failed because no file is there now: deleted, or something else put in its place (a named pipe, a folder). */
function isGoneAsFile(error: unknown): boolean {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === NOT_A_FILE;
}

/** Langium's words for a document it does not hold. */
const NO_DOCUMENT_FOUND = 'No document found for URI: ';

/** Langium's refusal of a request about a document it does not hold, which an editor drops quietly. */
export function noDocumentFound(uri: URI): ResponseError<void> {
    return new ResponseError(LSPErrorCodes.ServerCancelled, `${NO_DOCUMENT_FOUND}${uri.toString()}`);
}

/** Whether `error` is that refusal: the document's file is gone, or is no file now. */
export function isNoDocumentFound(error: unknown): boolean {
    return error instanceof ResponseError && error.code === LSPErrorCodes.ServerCancelled && error.message.startsWith(NO_DOCUMENT_FOUND);
}
