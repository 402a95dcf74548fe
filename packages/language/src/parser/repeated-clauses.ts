import { isAstNode, type AstNode, type CstNode, type LangiumParser } from 'langium';

/**
 * Single-valued clauses written twice in one block, noted by the parser as it assigns them.
 * The grammar's clause loops allow a clause twice, and the second value silently replaces the
 * first in the AST, so only the parse can tell. Noting it there costs one property test per
 * assignment; finding it afterwards meant walking every node of the CST (about 0.15 s of a
 * 10,000-file check).
 */
const repeated = new WeakMap<AstNode, readonly CstNode[]>();

/** The CST nodes of the second and later values of `=` and `?=` clauses in the tree of `root`, in text order. */
export function repeatedClauses(root: AstNode): readonly CstNode[] {
    return repeated.get(root) ?? [];
}

interface ParserInternals {
    /** The AST node being built (Langium's private parser state). */
    readonly current: Record<string, unknown>;
    assign(operator: string, feature: string, value: unknown, cstNode: CstNode, crossRef?: unknown): void;
}

/** Makes `parser` note repeated clauses for `repeatedClauses`; call `begin` before each parse and `end` with its result after. */
export function noteRepeatedClauses(parser: LangiumParser): { begin(): void; end(root: AstNode): void } {
    const internals = parser as unknown as ParserInternals;
    const assign = internals.assign;
    let found: CstNode[] = [];
    let replaced: Array<{ node: AstNode & { $container?: AstNode; $containerProperty?: string }; feature: string }> = [];
    internals.assign = function (this: ParserInternals, operator, feature, value, cstNode, crossRef) {
        // The node is created empty and only assignments fill it (mandatory arrays and booleans
        // are added when it is complete), so a defined property here was assigned before.
        const before = this.current[feature];
        if (operator !== '+=' && before !== undefined) {
            found.push(cstNode);
            if (isAstNode(before)) replaced.push({ node: before, feature });
        }
        assign.call(this, operator, feature, value, cstNode, crossRef);
    };
    return {
        begin: () => { found = []; replaced = []; },
        end: root => {
            if (found.length) repeated.set(root, found);
            // The first of a repeated contained clause (`direct-execution ... direct-execution ...`) is in no property of
            // its block, so the parser gives it no container; yet its text is still there, and completion, hover or
            // go-to in it walk up from it to the document. It is attached to the block it was written in (not in any
            // property: the checks, the documents and the register see the value kept, the duplicate-clause finding says which).
            for (const { node, feature } of replaced) {
                const block = node.$cstNode?.container?.astNode;
                if (node.$container === undefined && block && block !== node) {
                    node.$container = block;
                    node.$containerProperty = feature;
                }
            }
            found = [];
            replaced = [];
        }
    };
}
