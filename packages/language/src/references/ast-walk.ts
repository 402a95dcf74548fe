import { AstUtils, CstUtils, GrammarAST, GrammarUtils, isAstNode, isLeafCstNode, type AstNode, type LangiumDocument, type LeafCstNode } from 'langium';
import { isModel } from '../generated/ast.js';
import { RogatoryGrammar } from '../generated/grammar.js';

/**
 * The nodes of a tree, parents before children (children by property in grammar order): the
 * nodes of Langium's `streamAst`, which test/language/ast-walk.test.ts holds it to. Each node type's
 * contained properties are read once from the grammar, so a request (fifty-odd properties,
 * most of them strings) is not searched key by key: Langium's generic streams cost more than
 * the work done per node when 10,000 files are linked and validated in one run. Kept per tree
 * (a parsed tree is never changed; an edit makes a new one), so linking and validation walk it
 * once between them.
 */
export function astNodesOf(root: AstNode): readonly AstNode[] {
    const known = walked.get(root);
    if (known) return known;
    const nodes: AstNode[] = [];
    const visit = (node: AstNode): void => {
        nodes.push(node);
        const record = node as unknown as Record<string, unknown>;
        for (const property of containedProperties(node)) {
            const value = record[property];
            if (Array.isArray(value)) {
                for (const item of value) if (isAstNode(item)) visit(item);
            } else if (isAstNode(value)) {
                visit(value);
            }
        }
    };
    visit(root);
    walked.set(root, nodes);
    return nodes;
}

const walked = new WeakMap<AstNode, readonly AstNode[]>();

let containment: Map<string, string[]> | undefined;

/** The properties of this node that can hold nodes; for a type the grammar does not make, all of them. */
function containedProperties(node: AstNode): readonly string[] {
    containment ??= containmentByType();
    return containment.get(node.$type) ?? Object.keys(node).filter(key => !key.startsWith('$'));
}

/** Per node type, the features assigned a parser rule's result (not a name, value or cross-reference). */
function containmentByType(): Map<string, string[]> {
    const byType = new Map<string, string[]>();
    for (const rule of RogatoryGrammar().rules) {
        if (!GrammarAST.isParserRule(rule) || rule.fragment || GrammarUtils.isDataTypeRule(rule)) continue;
        const features: string[] = [];
        for (const assignment of withFragments(rule).flatMap(r => AstUtils.streamAllContents(r).filter(GrammarAST.isAssignment).toArray())) {
            const terminals = GrammarAST.isAlternatives(assignment.terminal) ? assignment.terminal.elements : [assignment.terminal];
            const containsNode = terminals.some(t => GrammarAST.isRuleCall(t) && GrammarAST.isParserRule(t.rule.ref) && !GrammarUtils.isDataTypeRule(t.rule.ref));
            if (containsNode && !features.includes(assignment.feature)) features.push(assignment.feature);
        }
        byType.set(GrammarUtils.getRuleTypeName(rule), features);
    }
    return byType;
}

/** The rule and the fragment rules it calls (a block's clauses), whose assignments fill the same node. */
function withFragments(rule: GrammarAST.ParserRule): GrammarAST.ParserRule[] {
    const rules = [rule];
    for (let i = 0; i < rules.length; i++) {
        for (const call of AstUtils.streamAllContents(rules[i]).filter(GrammarAST.isRuleCall)) {
            const called = call.rule.ref;
            if (GrammarAST.isParserRule(called) && called.fragment && !rules.includes(called)) rules.push(called);
        }
    }
    return rules;
}

/** The tokens and comments that belong to `node` itself, not to the nodes it contains. */
export function ownLeaves(node: AstNode): LeafCstNode[] {
    const leaves: LeafCstNode[] = [];
    if (!node.$cstNode) return leaves;
    const iterator = CstUtils.streamCst(node.$cstNode).iterator();
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
        const cst = next.value;
        if (cst.astNode !== node) {
            iterator.prune();
        } else if (isLeafCstNode(cst)) {
            leaves.push(cst);
        }
    }
    return leaves;
}

/** The nearest node satisfying `is` around the token at `offset` of `document` (the request the cursor or a diagnostic is in...). */
export function containerAt<T extends AstNode>(document: LangiumDocument, offset: number, is: (node: AstNode) => node is T): T | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, offset);
    return leaf ? AstUtils.getContainerOfType(leaf.astNode, is) : undefined;
}

/** The block of its file a node is written in (a request, a warrant, a person...): the node whose container is the file's model. */
export function topLevelElement(node: AstNode): AstNode | undefined {
    let element: AstNode | undefined = node;
    while (element && !isModel(element.$container)) element = element.$container;
    return element;
}
