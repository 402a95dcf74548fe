import type { LangiumDocument } from 'langium';
import { URI, UriUtils } from 'langium';
import type { RogatoryServices } from '../rogatory-module.js';

/**
 * The workspace root of a document, and where an annex's `file "..."` leads: relative to the request's file, inside
 * that root or not. The checks (annex-file-outside-workspace, annex-file-missing, and the places findings name) and
 * the editor's links to annex files ask here.
 */

/** Absolute paths, drive letters, UNC paths and URIs (`file:`, `https:`). */
export function isAbsolutePath(file: string): boolean {
    return /^[\\/]/.test(file) || /^[A-Za-z]:/.test(file) || /^[A-Za-z][A-Za-z0-9+.-]+:/.test(file);
}

const rootCache = new WeakMap<RogatoryServices, Map<string, URI | null>>();

/**
 * The workspace root of a document: the editor's workspace folder that contains it, else the
 * nearest folder above it with a rogatory.json or a .git (as the CLI finds it), else undefined.
 */
export function workspaceRoot(services: RogatoryServices, uri: URI): URI | undefined {
    for (const folder of services.shared.workspace.WorkspaceManager.workspaceFolders ?? []) {
        const root = URI.parse(folder.uri);
        if (UriUtils.contains(root, uri)) return root;
    }
    if (uri.scheme !== 'file') return undefined;
    let cache = rootCache.get(services);
    if (!cache) rootCache.set(services, cache = new Map());
    const start = UriUtils.dirname(uri);
    const known = cache.get(start.toString());
    if (known !== undefined) return known ?? undefined;
    const fsp = services.shared.workspace.FileSystemProvider;
    let found: URI | null = null;
    for (let dir = start; ; dir = UriUtils.dirname(dir)) {
        if (['rogatory.json', '.git'].some(marker => fsp.existsSync(UriUtils.joinPath(dir, marker)))) { found = dir; break; }
        if (UriUtils.dirname(dir).path === dir.path) break;
    }
    cache.set(start.toString(), found);
    return found ?? undefined;
}

/** Where an annex file resolves, and whether it leaves the workspace. */
export function resolveAnnex(services: RogatoryServices, document: LangiumDocument, file: string): { target: URI; outside: boolean } {
    const folder = UriUtils.dirname(document.uri);
    const target = UriUtils.resolvePath(folder, ...file.split(/[\\/]+/).filter(Boolean));
    const root = workspaceRoot(services, document.uri) ?? folder;
    return { target, outside: !UriUtils.contains(root, target) };
}
