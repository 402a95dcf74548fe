import type { LangiumCoreServices, URI } from 'langium';
import { DefaultServiceRegistry } from 'langium';

/**
 * With one language registered, a `.rog` file is Rogatory's whatever the editor that holds it
 * open calls its language, so that is answered at once. Langium's registry first normalises the
 * URI and looks it up among the open documents, and the document builder asks for every document
 * of the workspace on every edit: a fifth of the time from a keystroke to its diagnostics with
 * 10,000 files open. Anything else (another extension, an untitled document) goes to Langium.
 */
export class RogatoryServiceRegistry extends DefaultServiceRegistry {
    override getServices(uri: URI): LangiumCoreServices {
        if (this.languageIdMap.size === 1 && uri.path.endsWith('.rog')) {
            const services = this.fileExtensionMap.get('.rog');
            if (services) return services;
        }
        return super.getServices(uri);
    }
}
