import type { AstNode, CstNode } from 'langium';
import { DefaultReferences, GrammarUtils, isReference } from 'langium';
import type { RogatoryServices } from '../rogatory-module.js';
import { ambiguousDeclarations } from '../validation/request.js';

/**
 * Langium's references, but a name declared more than once in the workspace (reference-ambiguous)
 * stands, where it is referred to, for every declaration of it: the linker settles on one (the first by
 * path, `scope-provider.ts`), and the editor would show that one as if it were the only one. So go-to-definition lists
 * them all (in the order the finding names them), hover shows each, and find-references lists the
 * declarations too. A declaration's own name still stands for itself alone (rename from it renames it).
 */
export class RogatoryReferences extends DefaultReferences {
    private readonly services: RogatoryServices;

    constructor(services: RogatoryServices) {
        super(services);
        this.services = services;
    }

    override findDeclarations(source: CstNode): AstNode[] {
        const found = super.findDeclarations(source);
        const assignment = found.length === 1 ? GrammarUtils.findAssignment(source) : undefined;
        const reference = assignment && (source.astNode as unknown as Record<string, unknown>)[assignment.feature];
        if (!isReference(reference)) return found;
        const all = ambiguousDeclarations(this.services, reference);
        if (all.length === 0) return found;
        const nodes = all.map(d => {
            const document = this.documents.getDocument(d.documentUri);
            return document && this.nodeLocator.getAstNode(document.parseResult.value, d.path);
        });
        return nodes.every(node => node !== undefined) ? nodes : found;
    }
}
