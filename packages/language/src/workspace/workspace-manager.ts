import type { LangiumDocument, LangiumSharedCoreServices, WorkspaceFolder } from 'langium';
import { DefaultWorkspaceManager } from 'langium';
import { builtinFiles } from '../builtin/builtin-library.js';

/** Adds the built-in library (States, organisations, designations) to every workspace. */
export class RogatoryWorkspaceManager extends DefaultWorkspaceManager {
    private readonly factory;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.factory = services.workspace.LangiumDocumentFactory;
    }

    protected override async loadAdditionalDocuments(folders: WorkspaceFolder[], collector: (document: LangiumDocument) => void): Promise<void> {
        await super.loadAdditionalDocuments(folders, collector);
        for (const { uri, text } of builtinFiles()) {
            if (!this.langiumDocuments.hasDocument(uri)) {
                collector(this.factory.fromString(text, uri));
            }
        }
    }
}
