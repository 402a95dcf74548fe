import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isCompositeCstNode, type AstNode, type CompositeCstNode, type CstNode, type GrammarAST } from 'langium';
import { createRogatoryServices } from '../../packages/language/src/index.js';
import { repeatedClauses } from '../../packages/language/src/parser/repeated-clauses.js';
import { extractMarkers, FIXTURE_ROOT } from '../fixture-runner.js';

// The parser notes repeated clauses as it assigns them (duplicate-clause reads that note).
// This holds it to the definition: every CST node whose grammar element sits directly in an
// `=` or `?=` assignment (or in the alternatives it assigns, `un member|observer`) is one occurrence of
// that clause in the node of the enclosing rule.
const parser = createRogatoryServices().Rogatory.parser.LangiumParser;

function byDefinition(root: AstNode): Array<{ owner: AstNode; value: CstNode }> {
    const found: Array<{ owner: AstNode; value: CstNode }> = [];
    const seen = new Map<AstNode, Set<string>>();
    const visit = (parent: CompositeCstNode): void => {
        for (const cst of parent.content) {
            const element = cst.grammarSource?.$container;
            const assignment = (element?.$type === 'Alternatives' ? element.$container : element) as GrammarAST.Assignment | undefined;
            if (assignment?.$type === 'Assignment' && assignment.operator !== '+=') {
                let features = seen.get(parent.astNode);
                if (!features) seen.set(parent.astNode, features = new Set());
                if (features.has(assignment.feature)) found.push({ owner: parent.astNode, value: cst });
                features.add(assignment.feature);
            }
            if (isCompositeCstNode(cst)) visit(cst);
        }
    };
    if (root.$cstNode && isCompositeCstNode(root.$cstNode)) visit(root.$cstNode);
    return found;
}

function expectSameAsDefinition(text: string): number {
    const root = parser.parse(text).value;
    // In text order: the parser notes a clause when it assigns it, after the clauses of its own block.
    const inTextOrder = (found: Array<{ owner: AstNode; value: CstNode }>) => [...found].sort((a, b) => a.value.offset - b.value.offset);
    const noted = repeatedClauses(root).map(value => ({ owner: value.container!.astNode, value }));
    expect(inTextOrder(noted), text).toEqual(inTextOrder(byDefinition(root)));
    return noted.length;
}

const corpus = [path.resolve(__dirname, '../../examples'), FIXTURE_ROOT]
    .flatMap(dir => fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.rog')).map(f => path.join(dir, f)))
    .sort()
    .map(f => extractMarkers(fs.readFileSync(f, 'utf8'), f).text);

describe('repeated clauses noted by the parser', () => {
    test('are those of the definition in every example and fixture', () => {
        expect(corpus.length).toBeGreaterThan(200);
        let repeats = 0;
        for (const text of corpus) repeats += expectSameAsDefinition(text);
        // The duplicate-clause fixtures repeat clauses at several depths.
        expect(repeats).toBeGreaterThanOrEqual(6);
    });

    test('are those of the definition in files with lines repeated, dropped or cut (syntax errors included)', () => {
        const edit = fc.record({ file: fc.nat(), line: fc.nat(), count: fc.integer({ min: 1, max: 4 }), op: fc.constantFrom('repeat', 'drop', 'cut') });
        fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), edits => {
            let lines = corpus[edits[0].file % corpus.length].split('\n');
            for (const { line, count, op } of edits) {
                const at = line % lines.length;
                const slice = lines.slice(at, at + count);
                if (op === 'repeat') lines.splice(at, 0, ...slice);
                else if (op === 'drop') lines.splice(at, count);
                else lines[at] = lines[at].slice(0, Math.floor(lines[at].length / 2));
                if (lines.length === 0) lines = [''];
            }
            expectSameAsDefinition(lines.join('\n'));
        }), { numRuns: 1500, seed: 20261130 });
    });
});
