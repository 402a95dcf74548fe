import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createLangiumParser, isAstNode, isReference, type AstNode } from 'langium';
import { createRogatoryServices } from '../../packages/language/src/index.js';

// Requests are created with every property in place (parser/node-shapes.ts). The trees must be
// those Langium's own parser builds, and every request must have the same properties in the
// same order, whatever the order of its clauses.
const { Rogatory: services } = createRogatoryServices();
const ours = services.parser.LangiumParser;
const langiums = createLangiumParser(services);

const examples = fs.readdirSync('examples', { recursive: true, encoding: 'utf8' })
    .filter(f => f.endsWith('.rog')).map(f => path.join('examples', f)).sort();

/** The tree as data: types, values, references by their text; undefined properties left out. */
function dump(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(dump);
    if (isReference(value)) return { ref: value.$refText };
    if (!isAstNode(value)) return value;
    const out: Record<string, unknown> = { $type: value.$type, $containerProperty: value.$containerProperty, $containerIndex: value.$containerIndex };
    for (const [key, v] of Object.entries(value)) {
        if (!key.startsWith('$') && v !== undefined) out[key] = dump(v);
    }
    return out;
}

const requestsOf = (root: AstNode) => (root as unknown as { elements: AstNode[] }).elements.filter(e => e.$type === 'Request');

describe('requests created whole', () => {
    test('give the same trees as Langium, and one shape for every request', () => {
        expect(examples.length).toBeGreaterThan(100);
        const shapes = new Set<string>();
        for (const file of examples) {
            const text = fs.readFileSync(file, 'utf8');
            const tree = ours.parse(text).value;
            expect(dump(tree), file).toEqual(dump(langiums.parse(text).value));
            for (const request of requestsOf(tree)) shapes.add(Object.keys(request).join());
        }
        expect(shapes.size).toBe(1);
    });

    test('give the same tree as Langium for a request broken mid-clause', () => {
        const text = 'request R-1 {\n  kind assistance art. 93(1)(b)\n  to State "Kenya" via\n  status sent 2026-11-22\n}\nperson P-1 { name "A" }';
        const tree = ours.parse(text);
        expect(tree.parserErrors.length).toBeGreaterThan(0);
        expect(dump(tree.value)).toEqual(dump(langiums.parse(text).value));
    });
});
