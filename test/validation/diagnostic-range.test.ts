import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { AstUtils, GrammarUtils, type AstNode } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { setup } from '../helpers.js';

// Diagnostics on a property get their range from the document validator's own lookup (the
// assignments cached), not Langium's getDiagnosticRange; it must give Langium's ranges, except
// for a single value written twice (the examples have none), where it points at the last.
const { services, parse } = setup();
type ToDiagnostic = (severity: 'error', message: string, info: { node: AstNode; property: string; index?: number }) => Diagnostic;
const toDiagnostic = (services.validation.DocumentValidator as unknown as { toDiagnostic: ToDiagnostic }).toDiagnostic.bind(services.validation.DocumentValidator);

describe('the range of a diagnostic on a property', () => {
    test('is the one Langium finds, for every property and occurrence of every example', async () => {
        const files = fs.readdirSync('examples', { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.rog'));
        let compared = 0;
        for (const file of files) {
            const document = await parse(fs.readFileSync(path.join('examples', file), 'utf8'));
            for (const node of AstUtils.streamAst(document.parseResult.value)) {
                for (const property of Object.keys(node).filter(k => !k.startsWith('$'))) {
                    const count = GrammarUtils.findNodesForProperty(node.$cstNode, property).length;
                    for (const index of [undefined, ...Array.from({ length: count + 1 }, (_, i) => i)]) {
                        const langium = (GrammarUtils.findNodeForProperty(node.$cstNode, property, index) ?? node.$cstNode)!.range;
                        expect(toDiagnostic('error', 'm', { node, property, index }).range, `${file}: ${node.$type}.${property}[${index}]`).toEqual(langium);
                        compared++;
                    }
                }
            }
        }
        expect(compared).toBeGreaterThan(5000);
    });

    test('of a clause written twice is that of the value kept, the last, as the findings about it read it', async () => {
        const document = await parse('request OTP-2026-0001 {\n  medium written\n  medium fax\n  crimes "a"\n  crimes "b"\n}');
        const request = document.parseResult.value.elements[0];
        expect((request as unknown as { medium: string }).medium).toBe('fax');
        expect(toDiagnostic('error', 'm', { node: request, property: 'medium' }).range.start).toEqual({ line: 2, character: 9 });
        // A list, as in Langium, points at its first item.
        expect(toDiagnostic('error', 'm', { node: request, property: 'crimes' }).range.start).toEqual({ line: 3, character: 9 });
    });
});
