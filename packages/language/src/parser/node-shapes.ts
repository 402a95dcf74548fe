import type { AstNode, AstReflection, LangiumParser } from 'langium';

/** Types with more properties than this get all of them when the parser creates the node. */
const WIDE = 16;

/**
 * Creates each node of a wide type (a request has 70 properties) with every property already
 * there, undefined until the parser assigns it. Langium creates a node as `{ $type }` and adds
 * each clause as it is parsed, by a keyed store, in the order of the text; past a dozen such
 * additions V8 turns the object into a hash table. Every request was one: slower to read in
 * every rule that reads it, and larger to keep. A node made from a template has
 * one fixed shape, whatever the order of its clauses. Nothing else changes: a property still
 * reads undefined until assigned, and Langium's walks skip undefined values.
 */
export function createWideNodesWhole(parser: LangiumParser, reflection: AstReflection): void {
    const templates = new Map<string, AstNode>();
    for (const type of reflection.getAllTypes()) {
        const properties = Object.keys(reflection.getTypeMetaData(type).properties);
        if (properties.length <= WIDE) continue;
        const keys = ['$type', '$container', '$containerProperty', '$containerIndex', '$cstNode', ...properties];
        // JSON.parse builds an object with a fixed shape; spreading it copies that shape.
        const template = JSON.parse(`{${keys.map(key => JSON.stringify(key) + ':null').join(',')}}`) as Record<string, unknown>;
        for (const key of keys) template[key] = undefined;
        template.$type = type;
        templates.set(type, template as unknown as AstNode);
    }
    // The parser pushes each node it starts onto its stack (Langium's private state); a node
    // that has been built (it has a `$cstNode` property) is pushed back as it is.
    const stack = (parser as unknown as { stack: AstNode[] }).stack;
    stack.push = function (this: AstNode[], node: AstNode): number {
        const template = templates.get(node.$type);
        return Array.prototype.push.call(this, template && !('$cstNode' in node) ? { ...template } : node);
    };
}
