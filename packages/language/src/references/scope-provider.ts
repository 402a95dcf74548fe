import type { AstNodeDescription, ReferenceInfo, Scope } from 'langium';
import { DefaultScopeProvider, MultiMapScope } from 'langium';
import { isBuiltinUri } from '../builtin/builtin-library.js';

/** The types the built-in library declares and references name: its States and organisations. */
const LIBRARY_TYPES: ReadonlySet<string> = new Set(['State', 'Organisation']);

/** Descriptions of a library type with the built-in library's first: of two under one name, the one a reference names. */
export function libraryFirst(all: readonly AstNodeDescription[]): AstNodeDescription[] {
    return [...all.filter(d => isBuiltinUri(d.documentUri)), ...all.filter(d => !isBuiltinUri(d.documentUri))];
}

/** The declarations of a library type that references name, one per name (state-declared-twice names the others). */
export function namedOnce(all: readonly AstNodeDescription[]): AstNodeDescription[] {
    const seen = new Set<string>();
    return libraryFirst(all).filter(d => !seen.has(d.name) && !!seen.add(d.name));
}

/**
 * Langium's scoping, but a State or organisation of the built-in library is the one its name names, whatever
 * a workspace file declares under the same name (state-declared-twice): the library holds the dossier's Rome
 * Statute dates, on which party status is judged. Langium names the declaration indexed first, and the order
 * of the index is the order files happen to be read in: the CLI reads the library first, while the language
 * server, asked to check a file opened during its first build, indexed the library after the workspace files
 * and linked `State "Kenya"` to a workspace declaration without Rome Statute dates.
 */
export class RogatoryScopeProvider extends DefaultScopeProvider {
    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        if (!LIBRARY_TYPES.has(referenceType)) return super.getGlobalScope(referenceType, context);
        return this.globalScopeCache.get(referenceType, () => {
            const all = this.indexManager.allElements(referenceType).toArray();
            return new MultiMapScope(libraryFirst(all));
        });
    }
}
