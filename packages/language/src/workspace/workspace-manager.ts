import type { FileSystemNode, LangiumDocument, LangiumSharedCoreServices, WorkspaceFolder } from 'langium';
import { DefaultWorkspaceManager, URI } from 'langium';
import { builtinFiles } from '../builtin/builtin-library.js';
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

    override shouldIncludeEntry(entry: FileSystemNode): boolean {
        return super.shouldIncludeEntry(entry) && !this.excludes.isExcluded(entry.uri, entry.isDirectory);
    }
}
