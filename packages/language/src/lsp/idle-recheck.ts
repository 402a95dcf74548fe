import type { LangiumDocument, RootCstNode } from 'langium';
import { DocumentState, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection, Diagnostic } from 'vscode-languageserver';
import type { RogatoryLangiumDocuments } from '../workspace/documents.js';
import { judgedByChange, noChange, noteChangedText } from '../workspace/affected-files.js';

/** How long after the last edit's checks the files not open are checked again. */
export const IDLE_RECHECK_MS = 1500;
/** Files checked per turn of the workspace lock: an edit waits for one batch at most. */
const BATCH = 200;

/**
 * The checks across files read files they do not link to (another declaration of a name, the
 * designation of a State, the requests for a person): an edit re-checks the files open in the
 * editor and those that link to the file edited, and a closed file's findings would otherwise stay
 * as they were until "Check workspace". Once the edits have settled, the files already checked and
 * not open whose findings the edits can alter (`judgedByChange`, as `check --changed-since` selects
 * them: those that declare or refer to a name the edited files mention, before or after) are
 * validated again, in batches, each a read under the workspace lock (after any build
 * under way; a read, unlike a write, cancels no edit's build), the pass stopping at the next edit;
 * only the files whose findings changed are published: what the Problems view lists then agrees
 * with `rogatory check`.
 */
export function recheckClosedFilesWhenIdle(connection: Connection, shared: LangiumSharedServices, idleMs = IDLE_RECHECK_MS): void {
    const { DocumentBuilder, LangiumDocuments, WorkspaceLock, TextDocuments } = shared.workspace;
    let timer: NodeJS.Timeout | undefined;
    let pass = 0;
    /** A pass is due: files were checked since the last pass ran to its end. */
    let owed = false;
    /** The files changed since the last pass ran to its end, and what their texts then named. */
    let change = noChange();
    const schedule = () => {
        clearTimeout(timer);
        const mine = ++pass;
        timer = setTimeout(() => void recheck(mine), idleMs);
    };
    // An update stops the pass under way; one that checks no file (the watcher reports every file,
    // not only .rog files) reaches no validation phase: the pass it stopped is scheduled again.
    DocumentBuilder.onUpdate(changed => {
        // The text a changed file had: still its tree's until the build parses it again.
        for (const uri of changed) {
            const before = (LangiumDocuments.getDocument(uri)?.parseResult.value.$cstNode as RootCstNode | undefined)?.fullText;
            if (before !== undefined) noteChangedText(change, before);
            change.uris.add(uri.toString());
        }
        if (owed) schedule();
        else { clearTimeout(timer); pass++; }
    });
    // A build that checked every file (the first build, "Check workspace", an as-of re-check) leaves
    // nothing to check again: their findings are those of the workspace as it now stands. Counted,
    // not compared file by file: this runs at every edit, and walking 10,000 documents took 12 ms.
    const documents = LangiumDocuments as RogatoryLangiumDocuments;
    DocumentBuilder.onBuildPhase(DocumentState.Validated, built => {
        if (built.filter(document => document.uri.scheme === 'file').length >= documents.fileCount) {
            owed = false;
            change = noChange();
            clearTimeout(timer);
            pass++;
            return;
        }
        owed = true;
        schedule();
    });

    /** The closed files the changes since the last full pass may judge differently. */
    function closedFilesToCheck(): LangiumDocument[] {
        const closed = LangiumDocuments.all
            .filter(d => d.uri.scheme === 'file' && d.state === DocumentState.Validated && !TextDocuments?.get(d.uri.toString()))
            .toArray();
        const now = { uris: change.uris, names: new Set(change.names), designation: change.designation, elsewhere: false };
        for (const uri of change.uris) {
            const text = LangiumDocuments.getDocument(URI.parse(uri))?.textDocument.getText();
            if (text !== undefined) noteChangedText(now, text);
        }
        return judgedByChange(closed, now, shared.workspace.IndexManager);
    }

    async function recheck(mine: number): Promise<void> {
        const closed = closedFilesToCheck();
        for (let start = 0; start < closed.length && mine === pass; start += BATCH) {
            const batch = closed.slice(start, start + BATCH);
            // A turn of the event loop between batches: the checks yield to nothing else (no cancel
            // token), and an edit received meanwhile is read and its build queued, ahead of the next batch.
            if (start > 0) await new Promise(resolve => setTimeout(resolve, 0));
            if (mine !== pass) return;
            try {
                await WorkspaceLock.read(async () => {
                    for (const document of batch) {
                        if (mine !== pass) return;
                        if (document.state === DocumentState.Validated) await checkAgain(document);
                    }
                });
            } catch (error) {
                console.error('Could not check the closed files again:', error);
                return;
            }
        }
        if (mine === pass) {
            owed = false;
            change = noChange();
        }
    }

    async function checkAgain(document: LangiumDocument): Promise<void> {
        const validator = shared.ServiceRegistry.getServices(document.uri).validation.DocumentValidator;
        const diagnostics = await validator.validateDocument(document, { categories: ['built-in', 'fast', 'slow'] });
        if (sameFindings(document.diagnostics ?? [], diagnostics)) return;
        document.diagnostics = diagnostics;
        void connection.sendDiagnostics({ uri: document.uri.toString(), diagnostics });
    }
}

function sameFindings(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
    return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}
