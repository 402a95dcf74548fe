import type { IndexManager, LangiumDocument } from 'langium';
import { isBuiltinUri } from '../builtin/builtin-library.js';

/**
 * A change to some files, as the checks across files see it. Those checks read other files by
 * name (another declaration of a name, the warrants for a person, the requests that follow a
 * request, the designations of a State), so what a change can alter elsewhere is bounded by the
 * names its files mention, before and after. Read from the text, not the tree: a file that no
 * longer parses still names what it used to.
 */
export interface FileChange {
    /** The changed files that still exist (URI strings). */
    readonly uris: ReadonlySet<string>;
    /** The words and quoted texts of the changed files, before and after. */
    readonly names: ReadonlySet<string>;
    /** Whether one of those texts declares a designation. */
    readonly designation: boolean;
    /** Whether files changed that are not among the documents: deleted, or left out of those read. */
    readonly elsewhere: boolean;
}

/** A change being noted, file by file: nothing yet. */
export function noChange(): { uris: Set<string>; names: Set<string>; designation: boolean } {
    return { uris: new Set(), names: new Set(), designation: false };
}

/**
 * Adds to `change` what `text` (a changed file, before or after) mentions: its quoted texts (State names) and
 * its words, inside quotes too: a quote left open pairs the quotes after it the other way round, and
 * the names declared after it would then be read as inside a text.
 */
export function noteChangedText(change: { names: Set<string>; designation: boolean }, text: string): void {
    for (const [quoted] of text.matchAll(/"((?:\\.|[^"\\])*)"/g)) change.names.add(quoted.slice(1, -1));
    for (const [word] of text.matchAll(/[\p{L}\p{N}_-]+/gu)) change.names.add(word);
    if (!change.designation && /^\s*designation\b/m.test(text)) change.designation = true;
}

/**
 * The documents among `candidates` whose findings `change` can alter: the changed files, files
 * whose references point into one, files with unresolved references when anything changed (a
 * declaration renamed or removed, or a deleted file: the index no longer links them to it), and
 * files that declare or refer to a name a changed file mentions. A State or organisation of the
 * built-in library is named by most requests: what the checks read across files about one is its
 * designation, so its name counts only when a designation changed (a changed request to Kenya does
 * not re-judge every request to Kenya). Used by `check --changed-since` and by the editor's
 * re-check of closed files once edits settle: both must select the same files.
 */
export function judgedByChange(candidates: readonly LangiumDocument[], change: FileChange, index: IndexManager): LangiumDocument[] {
    const mentioned = new Set(change.names);
    const declaring = new Set<string>();
    for (const element of index.allElements()) {
        if (!mentioned.has(element.name)) continue;
        if (isBuiltinUri(element.documentUri)) {
            if (!change.designation) mentioned.delete(element.name);
        } else {
            declaring.add(element.documentUri.toString());
        }
    }
    const changed = new Set(change.uris);
    const anything = changed.size > 0 || change.elsewhere;
    const unquoted = (text: string) => text.replace(/^"(.*)"$/s, '$1');
    return candidates.filter(d => changed.has(d.uri.toString())
        || index.isAffected(d, changed)
        || (anything && d.references.some(r => r.error !== undefined))
        || declaring.has(d.uri.toString())
        || d.references.some(r => mentioned.has(unquoted(r.$refText))));
}
