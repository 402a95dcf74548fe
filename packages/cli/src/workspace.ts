import { closeSync, existsSync, readFileSync, realpathSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { compareText, createRogatoryServices, fileSystemReason, isBuiltinUri, judgeSymbolicLink, MAX_FILE_BYTES, openRegularFile, readWorkspaceConfig, refuseUnreadFile, relativeInside, RogatoryWorkspaceManager, specialFile, type RogatoryServices } from '@rogatory/language';
import { UsageError } from './exit-codes.js';
import { lineSafe, shownPath } from './report/diagnostics.js';

export interface LoadedWorkspace {
    readonly services: RogatoryServices;
    /** Folder whose files are all loaded so that cross-file references resolve. */
    readonly root: string;
    /** The documents the user asked about (under the given paths), in path order. */
    readonly targets: LangiumDocument[];
    /** Every document of the workspace, built-in library excluded. */
    readonly all: LangiumDocument[];
}

/**
 * Loads every .rog file of the workspace that contains `paths` (the nearest folder with a
 * rogatory.json or a .git above them, as in Langium's requirements example: the whole
 * workspace, not one document), links it with the built-in library, and returns the
 * documents under `paths` as targets. Nothing is validated yet. With `targetsOnly`, only the
 * files under `paths` are parsed and nothing is linked: for commands that read each file on its
 * own (`format`), so that formatting one file of a large repository does not load all of it.
 */
export async function loadWorkspace(paths: string[], options: { root?: string; at?: string; referenceIndex?: boolean; targetsOnly?: boolean; note?: (line: string) => void } = {}): Promise<LoadedWorkspace> {
    const typed = paths.length ? paths : ['.'];
    const absolute = typed.map(p => path.resolve(p));
    // A path named on the command line is said as it was typed (`/dev/null`, not `../../dev/null`).
    const stats = await Promise.all(absolute.map(async (p, i) => {
        try {
            return await fs.stat(p);
        } catch (error) {
            throw new UsageError(`cannot read '${typed[i]}': ${fileSystemReason(error)}${(error as NodeJS.ErrnoException).code === 'ENOENT' ? missingPathHint(typed[i]) : ''}`);
        }
    }));
    absolute.forEach((p, i) => {
        if (!stats[i].isDirectory() && !p.endsWith('.rog')) throw new UsageError(`'${typed[i]}' is not a Rogatory file: request files end in .rog`);
        // Reading a named pipe waits for a writer, for ever if none comes; a device or a socket is no file either.
        // (In a folder, only files and folders are read: such an entry is passed over, as Langium's traversal does.)
        if (!stats[i].isDirectory() && !stats[i].isFile()) throw new UsageError(`'${typed[i]}' is ${specialFile(stats[i])}, not a file: there is nothing to check in it`);
    });
    // `--root "$ROOT"` with ROOT unset is a mistake to say, not the default root.
    if (options.root !== undefined && !options.root.trim()) throw new UsageError('--root expects a folder, not an empty name');
    if (options.root) {
        const rootStat = await fs.stat(options.root).catch(error => { throw new UsageError(`--root ${options.root}: ${fileSystemReason(error)}`); });
        if (!rootStat.isDirectory()) throw new UsageError(`--root ${options.root}: not a folder`);
    }
    const root = options.root ? path.resolve(options.root) : findRoot(absolute, stats.map(s => s.isDirectory()));
    // A path outside --root would be checked without the workspace's rogatory.json, and `--changed-since`
    // (which finds the changed files under the root) would pass its changes over unchecked.
    absolute.forEach((p, i) => {
        if (relativeInside(root, p) === undefined) throw new UsageError(`'${typed[i]}' is outside the workspace root '${options.root}' (--root): name files and folders inside it, or a root that holds them`);
    });
    const { Rogatory: services, shared } = createRogatoryServices(NodeFileSystem);
    // `--at` before parsing: a syntax error's message reads a two-digit year of birth against it.
    services.rogatory.Settings.asOf = options.at;
    // Only `check --changed-since` asks "which files reference this one?" (find references and
    // rename are editor questions), so the reverse-reference index is built only when asked:
    // about 6% of a 10,000-file check.
    if (!options.referenceIndex) shared.workspace.IndexManager.updateReferences = async () => undefined;
    const manager = shared.workspace.WorkspaceManager as RogatoryWorkspaceManager;
    manager.logUnreadableFolders = false;
    manager.followsLinks = false;
    const rootUri = URI.file(root);
    try {
        manager.excludes.add(rootUri, await readWorkspaceConfig(shared.workspace.FileSystemProvider, rootUri));
    } catch (error) {
        throw new UsageError((error as Error).message);
    }
    const documents = shared.workspace.LangiumDocuments;
    const uris = new Map<string, URI>();
    // A path named through a symbolic link (a link to a request, a linked folder) names files the
    // workspace may already hold under their real path: each file is then read once, under the name
    // it was given, or every name it declares would be declared twice.
    let throughLink = (await Promise.all(absolute.map(p => fs.realpath(p)))).some((real, i) => real !== absolute[i]);
    const keyByRealPath = new Map<string, string>();
    const add = (uri: URI, target: boolean) => {
        const key = uri.toString();
        if (throughLink) {
            const real = realpathSync(uri.fsPath);
            const known = keyByRealPath.get(real);
            if (known !== undefined && known !== key) {
                if (!target) return;
                uris.delete(known);
            }
            keyByRealPath.set(real, key);
        }
        uris.set(key, uri);
        if (target) targetUris.add(key);
    };
    const targetUris = new Set<string>();
    // Symbolic links met inside the folders traversed (Langium's traversal passes over them), and whether they are under a named path.
    const links: Array<{ uri: URI; target: boolean }> = [];
    const linksFound = (target: boolean) => { for (const uri of manager.otherEntries.splice(0)) links.push({ uri, target }); };
    if (!options.targetsOnly) for (const uri of await manager.searchFolder(rootUri)) add(uri, false);
    linksFound(false);
    // Explicitly named files and folders are checked even where rogatory.json excludes them;
    // inside a named folder that is not itself excluded, the excludes still apply.
    for (let i = 0; i < absolute.length; i++) {
        const uri = URI.file(absolute[i]);
        const found = !stats[i].isDirectory() ? [uri]
            : manager.excludes.isExcluded(uri, true) ? await searchAll(absolute[i])
            : await manager.searchFolder(uri);
        for (const uri of found) add(uri, true);
        linksFound(true);
    }
    if (links.length) followLinks();
    // A workspace not read whole could hide the declarations a request links to: say which
    // folder could not be read and conclude nothing (exit 2), rather than check what was found.
    const unreadable = manager.unreadableFolders[0];
    if (unreadable) throw new UsageError(`cannot read the folder '${shownPath(unreadable.uri.fsPath)}': ${unreadable.reason}`);
    // Read and parse synchronously, file after file: for thousands of small files this is the
    // floor (the async read and cancellable parse of getOrCreateDocument cost about 1.7x more).
    const loaded: LangiumDocument[] = [];
    for (const uri of uris.values()) {
        let text: string;
        try {
            // A file too large to be a request gets the parser's diagnostic at 1:1 without being read:
            // past 512 MB, reading it would fail ("Cannot create a string longer than ..."), and before that fill the memory.
            // One open for the size and the text: the size judged is that of the file read, and a stat by name costs a third more.
            // A file replaced since it was listed by what is no file (a named pipe, which would wait for a writer) is refused.
            const { fd, size: bytes } = openRegularFile(uri.fsPath);
            try {
                if (bytes > MAX_FILE_BYTES) {
                    const document = documents.createDocument(uri, '');
                    refuseUnreadFile(document, bytes);
                    loaded.push(document);
                    continue;
                }
                text = readFileSync(fd, 'utf8');
            } finally {
                closeSync(fd);
            }
        } catch (error) {
            throw new UsageError(`cannot read '${shownPath(uri.fsPath)}': ${fileSystemReason(error)}`);
        }
        loaded.push(documents.createDocument(uri, text));
    }
    if (!options.targetsOnly) {
        const builtins: LangiumDocument[] = [];
        await (manager as unknown as { loadAdditionalDocuments(f: unknown[], c: (d: LangiumDocument) => void): Promise<void> })
            .loadAdditionalDocuments([], d => { documents.addDocument(d); builtins.push(d); });
        await shared.workspace.DocumentBuilder.build([...builtins, ...loaded], { validation: false });
    }
    const byPath = (a: LangiumDocument, b: LangiumDocument) => compareText(a.uri.fsPath, b.uri.fsPath);
    const targets = loaded.filter(d => targetUris.has(d.uri.toString())).sort(byPath);
    const all = loaded.filter(d => !isBuiltinUri(d.uri)).sort(byPath);
    return { services, root, targets, all };

    async function searchAll(dir: string): Promise<URI[]> {
        const uris: URI[] = [];
        for (const entry of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
            const full = path.join(entry.parentPath, entry.name);
            if (full.split(path.sep).includes('node_modules')) continue;
            if (entry.isFile() && entry.name.endsWith('.rog')) uris.push(URI.file(full));
            else if (entry.isSymbolicLink()) manager.otherEntries.push(URI.file(full));
        }
        return uris;
    }

    /**
     * The links met are judged as the language server judges them (`judgeSymbolicLink`). One followed
     * is read once, under its real name when the workspace holds it there (a request under a named path
     * is then reported under that name), else under the link's. One passed over is said in one line:
     * a CI gate must not pass a request it did not read without a word.
     */
    function followLinks(): void {
        const realRoot = realpathSync(root);
        if (!throughLink) {
            throughLink = true;
            for (const [key, uri] of uris) keyByRealPath.set(realpathSync(uri.fsPath), key);
        }
        // A link under a named folder is met twice (the workspace's traversal, the folder's): said once, in path order.
        const byKey = new Map<string, { uri: URI; target: boolean }>();
        for (const link of links) byKey.set(link.uri.toString(), { uri: link.uri, target: link.target || byKey.get(link.uri.toString())?.target === true });
        for (const { uri, target } of [...byKey.values()].sort((a, b) => compareText(a.uri.fsPath, b.uri.fsPath))) {
            // A link elsewhere in the workspace is said only when under the paths asked about.
            const note = target ? options.note ?? (() => undefined) : () => undefined;
            const verdict = judgeSymbolicLink(uri.fsPath, [realRoot]);
            if (!verdict) continue;
            if (!verdict.follow) {
                note(`rogatory: passed over the symbolic link '${lineSafe(shownPath(uri.fsPath))}': ${lineSafe(verdict.reason)}${verdict.folder ? ' (name the folder itself)' : ''}`);
            } else {
                const known = keyByRealPath.get(verdict.real);
                if (known === undefined) add(uri, target);
                else if (target) targetUris.add(known);
            }
        }
    }
}

/**
 * What a path that is not there was probably meant to be, said after the reason: `-`, which reads
 * standard input for many commands, not for these; a Windows path (`requests\a.rog`) where the path
 * with `/` exists, for a backslash is part of a name on Linux and macOS.
 */
function missingPathHint(typed: string): string {
    if (typed === '-') return ' (rogatory does not read standard input: name the .rog files or folders)';
    const slashed = typed.replace(/\\/g, '/');
    return path.sep === '/' && slashed !== typed && existsSync(slashed) ? ` (folders are separated by /: '${slashed}')` : '';
}

/** The nearest folder above the paths holding a rogatory.json or a .git; else their common folder. */
function findRoot(paths: string[], isDir: boolean[]): string {
    const folders = paths.map((p, i) => (isDir[i] ? p : path.dirname(p)));
    let common = folders[0];
    for (const f of folders.slice(1)) {
        while (!(f + path.sep).startsWith(common.endsWith(path.sep) ? common : common + path.sep) && f !== common) {
            common = path.dirname(common);
        }
    }
    return nearestFolderWith(common, ['rogatory.json', '.git']) ?? common;
}

/** The nearest folder at or above `dir` holding one of `markers`. */
function nearestFolderWith(dir: string, markers: readonly string[]): string | undefined {
    for (let d = path.resolve(dir); ; d = path.dirname(d)) {
        if (markers.some(marker => existsSync(path.join(d, marker)))) return d;
        if (path.dirname(d) === d) return undefined;
    }
}

/** The top of the git repository holding `dir`: the nearest `.git` (a folder, or a file in a worktree or submodule). */
export function repositoryRoot(dir: string): string | undefined {
    return nearestFolderWith(dir, ['.git']);
}
