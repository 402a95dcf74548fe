import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { AstUtils, type AstNode } from 'langium';
import { setup } from '../helpers.js';
import { astNodesOf } from '../../packages/language/src/references/ast-walk.js';

// Linking and validation walk trees with astNodesOf (typed by the grammar) instead of
// Langium's streamAst; a node it missed would be a check that silently never runs.
const { services, parse } = setup();

const examples = fs.readdirSync('examples', { recursive: true, encoding: 'utf8' })
    .filter(f => f.endsWith('.rog')).map(f => path.join('examples', f)).sort();

const sameNodes = (root: AstNode) => {
    const ours = astNodesOf(root);
    const langium = AstUtils.streamAst(root).toArray();
    expect(new Set(ours)).toEqual(new Set(langium));
    expect(ours.length).toBe(langium.length);
};

const sameReferences = (root: AstNode, linked: unknown[]) => {
    const all = AstUtils.streamAst(root).flatMap(node => AstUtils.streamReferences(node)).map(r => r.reference).toArray();
    expect(new Set(linked)).toEqual(new Set(all));
};

describe('the walk over a tree', () => {
    test('finds every node of every example, valid and invalid', async () => {
        expect(examples.length).toBeGreaterThan(100);
        for (const file of examples) {
            const document = await parse(fs.readFileSync(file, 'utf8'));
            sameNodes(document.parseResult.value);
            // The linker resolves every reference the tree holds.
            sameReferences(document.parseResult.value, document.references);
        }
    });

    test('finds every node of the built-in library', () => {
        const builtins = services.shared.workspace.LangiumDocuments.all.filter(d => d.uri.scheme === 'builtin').toArray();
        expect(builtins.length).toBeGreaterThan(0);
        for (const document of builtins) sameNodes(document.parseResult.value);
    });

    test('finds every node that error recovery kept in a broken file', async () => {
        const document = await parse(`request R-1 { kind assistance art. 93(1)(b)
  to State "Kenya" via diplomatic-channel language
  person P-1 as witness { interpreter English consent }
  annex A1 "x" { copy-of W-1 
  status sent 2026-13-45
}
person P-1 { name "A" born }`);
        expect(document.parseResult.parserErrors.length).toBeGreaterThan(0);
        sameNodes(document.parseResult.value);
        sameReferences(document.parseResult.value, document.references);
    });
});
