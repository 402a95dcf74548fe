import type { AstNode, AstNodeDescription, LangiumDocument, LocalSymbols } from 'langium';
import { Cancellation, DefaultScopeComputation, interruptAndCheck, MultiMap } from 'langium';
import { isModel, isRequest } from '../generated/ast.js';

/**
 * Scoping. Every cross-reference but one points at a top-level declaration (person, warrant,
 * record, State...), which every file sees through the global index (Langium's default
 * exports: the root's children). The one local reference is the annex of a witness's rule 190
 * instruction (`person P as witness { self-incrimination-instruction Swahili annex A1 }`), an
 * annex of the same request; so a request's annexes are its only local symbols. Langium's default would also walk every node of every file to make each
 * top-level declaration a local symbol of its own file, which resolves to the same node as
 * the index (a name declared twice is an error of its own, `declaration-duplicate-name`).
 */
export class RogatoryScopeComputation extends DefaultScopeComputation {
    override async collectLocalSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<LocalSymbols> {
        await interruptAndCheck(cancelToken);
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        const root = document.parseResult.value;
        for (const element of isModel(root) ? root.elements : []) {
            if (!isRequest(element)) continue;
            for (const annex of element.annexes) {
                if (annex.name) symbols.add(element, this.descriptions.createDescription(annex, annex.name, document));
            }
        }
        return symbols;
    }
}
