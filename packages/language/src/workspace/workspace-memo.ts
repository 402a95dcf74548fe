import type { AstNode, AstNodeDescription } from 'langium';
import { WorkspaceCache } from 'langium';
import type { RogatoryServices } from '../rogatory-module.js';
import type { RogatoryLangiumDocuments } from './documents.js';
import type { RogatoryIndexManager } from './index-manager.js';

/**
 * A value computed from the whole workspace (an index of warrants by person, of declarations by
 * name...), computed on first use and kept until any document changes: the slow checks ask it
 * once per request, and computing it each time made them quadratic.
 */
export function workspaceMemo<T>(compute: (services: RogatoryServices) => T): (services: RogatoryServices) => T {
    const caches = new WeakMap<RogatoryServices, WorkspaceCache<'all', T>>();
    return services => {
        let cache = caches.get(services);
        if (!cache) caches.set(services, cache = new WorkspaceCache(services.shared));
        return cache.get('all', () => compute(services));
    };
}

/**
 * What each file of the workspace contributes to an index (its warrants, its designations...),
 * read from a file's tree only when the file was re-indexed since the last call, and the
 * contributions of every file, in index order. The editor runs the checks across files as you
 * type: reading 10,000 trees per keystroke cost tens of milliseconds, most of it memory access.
 * The index gives a file a new list of declarations each time it reads the file again, so the
 * list's identity says whether the file changed. A contribution holds nodes of its own file;
 * references out of them are followed when the index is built (`workspaceMemo`), as the other
 * files may have changed.
 */
export function perFileMemo<T>(collect: (root: AstNode) => readonly T[]): (services: RogatoryServices) => T[] {
    const read = new WeakMap<RogatoryServices, Map<string, { list: readonly AstNodeDescription[]; items: readonly T[] }>>();
    return workspaceMemo(services => {
        const index = services.shared.workspace.IndexManager as RogatoryIndexManager;
        const documents = services.shared.workspace.LangiumDocuments as RogatoryLangiumDocuments;
        let files = read.get(services);
        if (!files) read.set(services, files = new Map());
        const current = index.exportsByDocument();
        for (const uri of files.keys()) if (!current.has(uri)) files.delete(uri);
        const all: T[] = [];
        for (const [uri, list] of current) {
            // The index still lists a document removed from the store without a build (the tests do so).
            const document = documents.byKey(uri);
            if (!document) continue;
            let file = files.get(uri);
            if (file?.list !== list) files.set(uri, file = { list, items: collect(document.parseResult.value) });
            for (const item of file.items) all.push(item);
        }
        return all;
    });
}
