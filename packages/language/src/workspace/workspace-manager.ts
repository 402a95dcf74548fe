import { lstatSync, realpathSync } from 'node:fs';
import * as path from 'node:path';
import type { FileSystemNode, LangiumDocument, LangiumSharedCoreServices, Stream, WorkspaceFolder } from 'langium';
import { DefaultWorkspaceManager, stream, URI, UriUtils } from 'langium';
import { builtinFiles } from '../builtin/builtin-library.js';
import { isNoDocumentFound } from './documents.js';
import { fileSystemReason } from './file-system-errors.js';
import { relativeInside } from './paths.js';
import { judgeSymbolicLink } from './symbolic-links.js';
import { readWorkspaceConfig, WorkspaceExcludes } from './workspace-config.js';
import { compareText } from '../text-order.js';

/**
 * Adds the built-in library (States, organisations, designations) to every workspace,
 * leaves out what the workspace's rogatory.json excludes, and follows the symbolic links
 * to request files that `rogatory check` follows.
 */
export class RogatoryWorkspaceManager extends DefaultWorkspaceManager {
    readonly excludes = new WorkspaceExcludes();
    private readonly factory;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.factory = services.workspace.LangiumDocumentFactory;
    }

    protected override async performStartup(folders: WorkspaceFolder[]): Promise<LangiumDocument[]> {
        this.startupFolders = folders;
        for (const folder of folders) {
            const root = URI.parse(folder.uri);
            try {
                this.excludes.add(root, await readWorkspaceConfig(this.fileSystemProvider, root));
            } catch (error) {
                console.error(String((error as Error).message));
            }
        }
        return super.performStartup(folders);
    }

    protected override async loadAdditionalDocuments(folders: WorkspaceFolder[], collector: (document: LangiumDocument) => void): Promise<void> {
        await super.loadAdditionalDocuments(folders, collector);
        for (const { uri, text } of builtinFiles()) {
            if (!this.langiumDocuments.hasDocument(uri)) {
                collector(this.factory.fromString(text, uri));
            }
        }
    }

    /**
     * Folders a traversal could not read, with the reason. Langium logs a stack trace and goes
     * on as if the folder were empty; the CLI refuses to conclude anything from a workspace it
     * could not read whole, and the editor logs one line.
     */
    readonly unreadableFolders: Array<{ uri: URI; reason: string }> = [];
    /** The language server logs each unreadable folder; the CLI reports the first one itself. */
    logUnreadableFolders = true;

    /**
     * Entries of the folders traversed that are neither files nor folders (symbolic links, named pipes...),
     * which the traversal passes over, as Langium's does. With `followsLinks`, the manager takes them as
     * each search ends; else they are left here for the CLI, which follows or names the symbolic links among them.
     */
    readonly otherEntries: URI[] = [];
    /**
     * Whether the workspace's searches follow the symbolic links they meet as `judgeSymbolicLink` says,
     * logging those passed over (the language server); the CLI follows them itself, to say them on stderr.
     */
    followsLinks = true;
    private startupFolders?: WorkspaceFolder[];

    /**
     * Langium's, and the symbolic links followed; but a file gone from the disk between the listing of its folder
     * and its reading (a branch switched as the editor opens the workspace) is passed over, as the watcher will
     * report it deleted, and so is one replaced meanwhile by what is no file, as the listing passes over such
     * entries: Langium's load failed with it, and the workspace was never ready, every request waiting.
     */
    protected override async loadWorkspaceDocuments(uris: Stream<URI>, collector: (document: LangiumDocument) => void): Promise<void> {
        const found = uris.toArray();
        await Promise.all(stream(found, this.linkedFiles(found)).map(async uri => {
            try {
                collector(await this.langiumDocuments.getOrCreateDocument(uri));
            } catch (error) {
                if (!isNoDocumentFound(error)) throw error;
            }
        }));
    }

    override async searchFolder(uri: URI): Promise<URI[]> {
        const found = await super.searchFolder(uri);
        return [...found, ...this.linkedFiles(found)];
    }

    /**
     * The symbolic links met by the search that found `found` that are read as the files they lead to:
     * each file once, not at all when the workspace holds it under its real name (it is among `found`
     * or already a document). The others are logged, one line each.
     */
    private linkedFiles(found: URI[]): URI[] {
        if (!this.followsLinks || this.otherEntries.length === 0) return [];
        return this.followLinks(this.otherEntries.splice(0), new Set(found.map(uri => uri.toString())));
    }

    /**
     * For a file the watcher says was created or changed that the workspace does not hold: undefined if it is no
     * symbolic link; else what is read for it, as for a link met in a folder (a link made while the editor is open).
     */
    changedLink(uri: URI): URI[] | undefined {
        if (!this.followsLinks || uri.scheme !== 'file') return undefined;
        try {
            if (!lstatSync(uri.fsPath).isSymbolicLink()) return undefined;
        } catch {
            return undefined;
        }
        if (UriUtils.basename(uri).startsWith('.') || this.excludes.isExcluded(uri, false)) return [];
        return this.followLinks([uri], new Set());
    }

    private followLinks(links: URI[], held: ReadonlySet<string>): URI[] {
        const roots: Array<{ folder: string; real: string }> = [];
        for (const folder of this.startupFolders ?? this.workspaceFolders ?? []) {
            const root = this.getRootFolder(folder);
            try {
                roots.push({ folder: root.fsPath, real: realpathSync(root.fsPath) });
            } catch {
                // a workspace folder gone: it holds nothing to link to
            }
        }
        const linked: URI[] = [];
        for (const link of links.sort((a, b) => compareText(a.fsPath, b.fsPath))) {
            const verdict = judgeSymbolicLink(link.fsPath, roots.map(root => root.real));
            if (!verdict) continue;
            if (!verdict.follow) {
                console.warn(`Passed over the symbolic link ${link.fsPath}: ${verdict.reason}`);
                continue;
            }
            // Where the workspace's traversal, which enters no linked folder, would have found the file.
            const under = roots.map(root => ({ root, relative: relativeInside(root.real, verdict.real) })).find(r => r.relative !== undefined)!;
            const realName = URI.file(path.join(under.root.folder, under.relative!)).toString();
            const readAs = this.linkedDocumentOf(URI.parse(realName));
            if (held.has(realName) || this.langiumDocuments.hasDocument(URI.parse(realName)) || (readAs && readAs.toString() !== link.toString())) continue;
            linked.push(link);
            this.linkTo.set(realName, link);
        }
        return linked;
    }

    /** The link each file read through one was read under, by the file's name in the workspace folder (as the watcher names it). */
    private readonly linkTo = new Map<string, URI>();

    /**
     * The document read through a symbolic link to `target`, if any: the watcher tells of a change to the
     * file under its real name, which the workspace does not hold (else it would not have followed the link).
     */
    linkedDocumentOf(target: URI): URI | undefined {
        const link = this.linkTo.get(target.toString());
        return link && this.langiumDocuments.hasDocument(link) ? link : undefined;
    }

    override async traverseFolder(folder: URI, uris: URI[]): Promise<void> {
        let content: FileSystemNode[];
        try {
            content = await this.fileSystemProvider.readDirectory(folder);
        } catch (error) {
            const reason = fileSystemReason(error);
            this.unreadableFolders.push({ uri: folder, reason });
            if (this.logUnreadableFolders) console.error(`Cannot read the folder ${folder.fsPath}: ${reason}`);
            return;
        }
        await Promise.all(content.map(async entry => {
            if (!entry.isFile && !entry.isDirectory) {
                if (!UriUtils.basename(entry.uri).startsWith('.') && !this.excludes.isExcluded(entry.uri, false)) this.otherEntries.push(entry.uri);
                return;
            }
            if (!this.shouldIncludeEntry(entry)) return;
            if (entry.isDirectory) await this.traverseFolder(entry.uri, uris);
            else if (entry.isFile) uris.push(entry.uri);
        }));
    }

    /**
     * Whether the traversal of the workspace folders finds the file at `uri` (or reads a symbolic link under that
     * name): inside a folder, with no folder on the way, nor the file itself, hidden or excluded by rogatory.json.
     * A file the editor opens from anywhere else (an example `examples/invalid/` keeps, a file outside the folders)
     * is read and checked too, and stays a document once closed, but is none of the workspace's files: the register
     * view leaves it out, as `rogatory register` does.
     */
    traverses(uri: URI): boolean {
        if (uri.scheme !== 'file') return false;
        return (this.startupFolders ?? this.workspaceFolders ?? []).some(folder => {
            const root = this.getRootFolder(folder);
            const relative = relativeInside(root.fsPath, uri.fsPath, { strictly: true });
            if (relative === undefined) return false;
            const segments = relative.split(path.sep);
            let at = root;
            return segments.every((segment, i) => {
                at = UriUtils.joinPath(at, segment);
                const isFile = i === segments.length - 1;
                return this.shouldIncludeEntry({ uri: at, isFile, isDirectory: !isFile });
            });
        });
    }

    override shouldIncludeEntry(entry: FileSystemNode): boolean {
        // Langium passes over every folder named `out` (a TypeScript build's output); a repository of
        // requests may file its outgoing requests in one, which would then be checked by nothing.
        const outFolder = entry.isDirectory && UriUtils.basename(entry.uri) === 'out';
        return (outFolder || super.shouldIncludeEntry(entry)) && !this.excludes.isExcluded(entry.uri, entry.isDirectory);
    }
}
