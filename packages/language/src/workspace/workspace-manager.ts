import type { FileSystemNode, LangiumDocument, LangiumSharedCoreServices, WorkspaceFolder } from 'langium';
import { DefaultWorkspaceManager, URI, UriUtils } from 'langium';
import { builtinFiles } from '../builtin/builtin-library.js';
import { fileSystemReason } from './file-system-errors.js';
import { readWorkspaceConfig, WorkspaceExcludes } from './workspace-config.js';

/**
 * Adds the built-in library (States, organisations, designations) to every workspace,
 * and leaves out what the workspace's rogatory.json excludes.
 */
export class RogatoryWorkspaceManager extends DefaultWorkspaceManager {
    readonly excludes = new WorkspaceExcludes();
    private readonly factory;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.factory = services.workspace.LangiumDocumentFactory;
    }

    protected override async performStartup(folders: WorkspaceFolder[]): Promise<LangiumDocument[]> {
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
     * which the traversal passes over, as Langium's does: the CLI follows or names the symbolic links among them.
     */
    readonly otherEntries: URI[] = [];

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

    override shouldIncludeEntry(entry: FileSystemNode): boolean {
        // Langium passes over every folder named `out` (a TypeScript build's output); a repository of
        // requests may file its outgoing requests in one, which would then be checked by nothing.
        const outFolder = entry.isDirectory && UriUtils.basename(entry.uri) === 'out';
        return (outFolder || super.shouldIncludeEntry(entry)) && !this.excludes.isExcluded(entry.uri, entry.isDirectory);
    }
}
