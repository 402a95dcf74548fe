import { statSync } from 'node:fs';
import type { BuildOptions, LangiumDocument, LangiumSharedCoreServices, RootCstNode, ValidationCategory } from 'langium';
import { Cancellation, DefaultDocumentBuilder, DocumentState, isReference, OperationCancelled, stream, URI } from 'langium';
import { noDocumentFound } from './documents.js';
import { isBuiltinUri } from '../builtin/builtin-library.js';
import { compareText } from '../text-order.js';
import type { RogatoryIndexManager } from './index-manager.js';
import type { RogatoryWorkspaceManager } from './workspace-manager.js';

/**
 * Langium's document builder, running every check on every edit: those that look across files
 * (`slow`) too, so that their findings do not vanish at the next keystroke. Their indexes of the
 * workspace re-read only the files that changed (`workspace/workspace-memo.ts`), which keeps an
 * edit's checks within a few milliseconds of the fast ones with 10,000 files open.
 *
 * On every edit it asks, for every document of the workspace,
 * which requested validation categories its last build did not run; this answers the same
 * question without building a stream and two sets per document (a tenth of the time from a
 * keystroke to its diagnostics with 10,000 files open).
 */
export class RogatoryDocumentBuilder extends DefaultDocumentBuilder {
    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.updateBuildOptions = { validation: { categories: ['built-in', 'fast', 'slow'] } };
    }

    /**
     * Langium checks again the files that changed and those that refer to them. A check across files
     * also reads files it does not refer to (another declaration of its name, the designation of its
     * State, the warrants for its person): the files open in the editor are therefore checked again
     * at every change, so that what they show agrees with `rogatory check`; and when files are
     * deleted (or renamed), every file already checked, since a finding may name the file now gone.
     * The other closed files are checked again once the edits settle (`lsp/idle-recheck.ts`).
     */
    override async update(changed: URI[], deleted: URI[], cancelToken?: Cancellation.CancellationToken): Promise<void> {
        // A file read through a symbolic link that is deleted leaves the link broken: the link's document goes too, as
        // `rogatory check` would pass over the link.
        const manager = this.workspaceManager() as RogatoryWorkspaceManager;
        deleted = deleted.flatMap(uri => {
            const link = manager.linkedDocumentOf(uri);
            return link ? [uri, link] : [uri];
        });
        // A closed file the watcher says changed that is no file now (a named pipe, a folder put in its place) leaves the
        // workspace, as an entry the folder listing passes over, and `rogatory check` with it; a folder's files, if the
        // watcher tells of them, are then read as any new file.
        deleted = [...deleted, ...changed.filter(uri => this.noFileNow(uri))];
        const updated = new Set([...changed, ...deleted].map(uri => uri.toString()));
        // The language server's open documents (the CLI has none); not a lookup per file of the workspace on every keystroke.
        const open = (this.textDocuments as { keys?(): string[] } | undefined)?.keys?.() ?? [];
        const again = deleted.length > 0 ? this.langiumDocuments.all : stream(open).map(key => this.langiumDocuments.getDocument(URI.parse(key))).nonNullable();
        for (const document of again) {
            if (document.state === DocumentState.Validated && !updated.has(document.uri.toString())) this.resetToState(document, DocumentState.IndexedReferences);
        }
        this.editedFirst = updated;
        try {
            await super.update(changed, deleted, cancelToken);
            await this.relinkToFirstDeclaration(updated, cancelToken);
        } finally {
            this.editedFirst = undefined;
        }
    }

    /**
     * A name declared in several files links to the declaration of the file first by path (`references/scope-provider.ts`),
     * which a declaration just added to a file may have become; Langium relinks only the documents that link into the
     * files changed, or have unresolved references. The documents with a reference linked elsewhere than to that
     * declaration, of a name the files just built declare and another file declares too, are linked again (and
     * checked): the editor's findings are then those of `rogatory check`, which links once, after reading every file.
     * Nothing to do unless a name is declared twice; one look at each file's list of declarations otherwise.
     */
    private async relinkToFirstDeclaration(updated: ReadonlySet<string>, cancelToken?: Cancellation.CancellationToken): Promise<void> {
        const exports = (this.indexManager as RogatoryIndexManager).exportsByDocument();
        const key = (type: string, name: string) => `${type} ${name}`;
        const declared = new Set<string>();
        for (const uri of updated) for (const d of exports.get(uri) ?? []) declared.add(key(d.type, d.name));
        if (declared.size === 0) return;
        // The files declaring each name the files just built declare; of a name declared more than once, the file first by path.
        const declaring = new Map<string, string[]>();
        for (const [uri, descriptions] of exports) {
            for (const d of descriptions) {
                const k = key(d.type, d.name);
                if (declared.has(k)) declaring.set(k, [...(declaring.get(k) ?? []), uri]);
            }
        }
        const first = new Map<string, string>();
        for (const [k, uris] of declaring) {
            if (uris.length < 2) continue;
            const path = (uri: string) => (isBuiltinUri(URI.parse(uri)) ? '' : URI.parse(uri).fsPath);
            first.set(k, uris.reduce((a, b) => (compareText(path(b), path(a)) < 0 ? b : a)));
        }
        if (first.size === 0) return;
        const stale = this.langiumDocuments.all
            .filter(document => !updated.has(document.uri.toString()) && document.state >= DocumentState.Linked
                && document.references.some(reference => {
                    const target = isReference(reference) ? reference.$nodeDescription : undefined;
                    const meant = target && first.get(key(target.type, target.name));
                    return meant !== undefined && meant !== target!.documentUri.toString();
                }))
            .toArray();
        if (stale.length === 0) return;
        for (const document of stale) this.resetToState(document, DocumentState.ComputedScopes);
        await this.buildDocuments(stale, this.updateBuildOptions, cancelToken ?? Cancellation.CancellationToken.None);
    }

    /** Whether `uri` is a closed document of the workspace whose path now holds what is no file. */
    private noFileNow(uri: URI): boolean {
        if (uri.scheme !== 'file' || !this.langiumDocuments.hasDocument(uri) || this.textDocuments?.get(uri.toString())) return false;
        const stat = statSync(uri.fsPath, { throwIfNoEntry: false });
        return stat !== undefined && !stat.isFile();
    }

    /**
     * The watcher's news of files the workspace does not hold, judged by the rule the workspace's load follows
     * for symbolic links (`RogatoryWorkspaceManager`): a file read through a link that changes on the disk is read
     * again under the link's name, not added under its real name as a second file; a link made while the editor
     * is open is followed or passed over as one met in a folder (Langium's would follow any, and read a second
     * name of a file read anyway, which would declare every name twice).
     */
    protected override async findChangedUris(changed: URI): Promise<URI[]> {
        if (this.langiumDocuments.hasDocument(changed)) return super.findChangedUris(changed);
        const manager = this.workspaceManager() as RogatoryWorkspaceManager;
        const link = manager.linkedDocumentOf(changed);
        return link ? [link] : manager.changedLink(changed) ?? super.findChangedUris(changed);
    }

    /**
     * Langium's, except that a file open in the editor whose text has changed since its tree was built is at
     * no state yet: a request made right after an edit (the outline, semantic tokens, a quick fix) waits for
     * the update that builds it again instead of being answered from the tree of the text before. That
     * update resets the file when it runs, but it may wait behind the build under way, which Langium cancels
     * only at its next pause, and the request's answer would then lie outside the text or beside its words.
     */
    override waitUntil(state: DocumentState, cancelToken?: Cancellation.CancellationToken): Promise<void>;
    override waitUntil(state: DocumentState, uri?: URI, cancelToken?: Cancellation.CancellationToken): Promise<URI>;
    override waitUntil(state: DocumentState, uriOrToken?: URI | Cancellation.CancellationToken, cancelToken?: Cancellation.CancellationToken): Promise<URI | void> {
        const uri = uriOrToken && 'path' in uriOrToken ? uriOrToken : undefined;
        const document = uri && this.langiumDocuments.getDocument(uri);
        if (!uri || !document || !this.behindItsText(document)) return super.waitUntil(state, uriOrToken as URI, cancelToken);
        const key = uri.toString();
        return new Promise<URI>((resolve, reject) => {
            const stop = () => [built, gone, cancelled].forEach(d => d?.dispose());
            const built = this.onDocumentPhase(state, d => {
                if (d.uri.toString() === key && !this.behindItsText(d)) { stop(); resolve(uri); }
            });
            const gone = this.onUpdate((_, deleted) => {
                if (deleted.some(d => d.toString() === key)) { stop(); reject(noDocumentFound(uri)); }
            });
            const cancelled = cancelToken?.onCancellationRequested(() => { stop(); reject(OperationCancelled); });
        });
    }

    /** Whether the editor holds a text of `document` other than the one its tree was built from. */
    private behindItsText(document: LangiumDocument): boolean {
        const open = this.textDocuments?.get(document.uri.toString());
        return open !== undefined && (document.parseResult.value.$cstNode as RootCstNode | undefined)?.root.fullText !== open.getText();
    }

    /** The files of the update under way, whose diagnostics the author is waiting for. */
    private editedFirst?: ReadonlySet<string>;

    /**
     * Langium's order (open files first), with the files just edited before the other open ones
     * checked again with them: their diagnostics are published first.
     */
    override sortDocuments(documents: LangiumDocument[]): LangiumDocument[] {
        const sorted = super.sortDocuments(documents);
        const edited = this.editedFirst;
        if (!edited?.size) return sorted;
        const first = sorted.filter(d => edited.has(d.uri.toString()));
        return first.length ? [...first, ...sorted.filter(d => !edited.has(d.uri.toString()))] : sorted;
    }

    protected override findMissingValidationCategories(document: LangiumDocument, options: BuildOptions | undefined): ValidationCategory[] {
        const state = this.buildState.get(document.uri.toString());
        const all = this.serviceRegistry.getServices(document.uri).validation.ValidationRegistry.getAllValidationCategories(document);
        const ran = state?.result?.validationChecks;
        // As in Langium: the categories the last build ran, all of them if it completed without a list, else none.
        const executed = ran ? (category: ValidationCategory) => ran.includes(category)
            : state?.completed ? (category: ValidationCategory) => all.has(category)
            : () => false;
        const requested: Iterable<ValidationCategory> = options === undefined || options.validation === true ? all
            : typeof options.validation === 'object' ? (options.validation.categories ?? all) : [];
        const missing: ValidationCategory[] = [];
        for (const category of requested) if (!executed(category)) missing.push(category);
        return missing;
    }
}
