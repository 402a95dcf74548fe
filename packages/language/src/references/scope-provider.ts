import type { AstNodeDescription, ReferenceInfo, Scope } from 'langium';
import { DefaultScopeProvider, MultiMapScope } from 'langium';
import { isBuiltinUri } from '../builtin/builtin-library.js';
import { compareText } from '../text-order.js';

/** The types the built-in library declares and references name: its States and organisations. */
const LIBRARY_TYPES: ReadonlySet<string> = new Set(['State', 'Organisation']);

/** Descriptions of a library type with the built-in library's first: of two under one name, the one a reference names. */
export function libraryFirst(all: readonly AstNodeDescription[]): AstNodeDescription[] {
    return [...all.filter(d => isBuiltinUri(d.documentUri)), ...all.filter(d => !isBuiltinUri(d.documentUri))];
}

/** The declarations of a library type that references name, one per name (state-declared-twice names the others). */
export function namedOnce(all: readonly AstNodeDescription[]): AstNodeDescription[] {
    const seen = new Set<string>();
    return inPathOrder(libraryFirst(all)).filter(d => !seen.has(d.name) && !!seen.add(d.name));
}

/**
 * `all` with the workspace declarations of a name declared in several files in the order of their files'
 * paths (a file's own in its text order): of several, the one a reference names is then the declaration
 * of the file first by path, as `rogatory check` lists files, and not the one indexed first, which
 * depends on the order files happen to be read in (the folder listing's, the editor's edits). The names
 * are ambiguous all the same (reference-ambiguous), but the editor and every run of the CLI judge and draft
 * the request against the same declaration. Only names declared twice are sorted: one pass otherwise.
 */
export function inPathOrder(all: readonly AstNodeDescription[]): readonly AstNodeDescription[] {
    const first = new Map<string, AstNodeDescription>();
    let repeated: Set<string> | undefined;
    for (const description of all) {
        const seen = first.get(description.name);
        if (seen === undefined) first.set(description.name, description);
        else if (seen.documentUri.toString() !== description.documentUri.toString()) (repeated ??= new Set()).add(description.name);
    }
    if (!repeated) return all;
    const path = (d: AstNodeDescription) => (isBuiltinUri(d.documentUri) ? '' : d.documentUri.fsPath);
    const twice = all.filter(d => repeated!.has(d.name));
    // Array.prototype.sort is stable: a file's own declarations keep their text order.
    twice.sort((a, b) => compareText(path(a), path(b)));
    return [...all.filter(d => !repeated!.has(d.name)), ...twice];
}

/**
 * Langium's scoping, with two rules for a name declared more than once. A State or organisation of the
 * built-in library is the one its name names, whatever a workspace file declares under the same name
 * (state-declared-twice): the library holds the dossier's Rome Statute dates, on which party status is
 * judged. Langium names the declaration indexed first, and the order of the index is the order files
 * happen to be read in: the CLI reads the library first, while the language server, asked to check a file
 * opened during its first build, indexed the library after the workspace files and linked `State "Kenya"`
 * to a workspace declaration without Rome Statute dates. And of the workspace's own declarations of one
 * name, a reference names the first by path (`inPathOrder`).
 */
export class RogatoryScopeProvider extends DefaultScopeProvider {
    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        return this.globalScopeCache.get(referenceType, () => {
            const all = this.indexManager.allElements(referenceType).toArray();
            return new MultiMapScope(inPathOrder(LIBRARY_TYPES.has(referenceType) ? libraryFirst(all) : all));
        });
    }
}
