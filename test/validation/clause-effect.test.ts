import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { AstUtils, CstUtils } from 'langium';
import { setup } from '../helpers.js';
import { isRequest, type Request } from '../../packages/language/src/generated/ast.js';
import { REQUEST_KINDS, requestSkeleton, type SkeletonAddressee } from '../../packages/language/src/index.js';
import { findRule } from '../../packages/language/src/validation/catalogue.js';
import { CLAUSE_EFFECTS, hasEffect } from '../../packages/language/src/validation/clause-effect.js';

const { validate } = setup();

/** The request clauses that have an effect only in some requests (clause-effect.ts). */
const REQUEST_CLAUSES = new Set(CLAUSE_EFFECTS.filter(e => e.block === 'Request').map(e => e.keyword));

/**
 * A rule that asks for a clause (`clause: 'national-requirements'`) must not ask for it where clause-effect.ts says
 * the clause has no effect: the officer would be told to add a clause, then, once it is added, that it has no effect
 * and is to be removed. Each finding of such a rule is held to `hasEffect` in the request it is on.
 */
async function contradictions(text: string): Promise<string[]> {
    const { document, diagnostics } = await validate(text);
    const found: string[] = [];
    for (const diagnostic of diagnostics) {
        const clause = findRule(String(diagnostic.code))?.clause;
        if (!clause || !REQUEST_CLAUSES.has(clause)) continue;
        const offset = document.textDocument.offsetAt(diagnostic.range.start);
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, offset);
        const request = leaf ? AstUtils.getContainerOfType(leaf.astNode, isRequest) as Request | undefined : undefined;
        if (request && !hasEffect(request, clause)) found.push(`${diagnostic.code} asks for \`${clause}\`, which has no effect in ${request.name}`);
    }
    return found;
}

describe('no rule asks for a clause that has no effect where it is asked', () => {
    // A State Party, an organisation, and two States not party on the date: one invited on an arrangement to choose, one
    // under the art. 12(3) declaration it lodged (Ukraine before 2025).
    const addressees: Array<[string, SkeletonAddressee, string]> = [
        ['a State', { state: 'Kenya' }, '2026-11-22'], ['an organisation', { organisation: 'United Nations' }, '2026-11-22'],
        ['a State not party', { state: 'United States of America', invitation: 'arrangement' }, '2026-11-22'],
        ['a State not party with an art. 12(3) declaration', { state: 'Ukraine', invitation: 'declaration-12-3' }, '2024-06-03']
    ];
    test.each(REQUEST_KINDS.flatMap(({ kind }) => addressees.map(([to, addressee, date]) => [kind, to, addressee, date] as const)))('the %s skeleton to %s', async (kind, _to, addressee, date) => {
        expect(await contradictions(requestSkeleton({ reference: 'OTP-2026-0001', kind, date, ...addressee }))).toEqual([]);
    });

    test('the examples and the validation fixtures, each file read alone', async () => {
        const files: string[] = [];
        const walk = (dir: string) => {
            for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
                const full = path.join(dir, entry.name);
                if (entry.isDirectory()) walk(full);
                else if (entry.name.endsWith('.rog')) files.push(full);
            }
        };
        walk('examples');
        walk('test/fixtures/validation');
        expect(files.length).toBeGreaterThan(200);
        const found: string[] = [];
        for (const file of files) found.push(...(await contradictions(fs.readFileSync(file, 'utf8'))).map(c => `${file}: ${c}`));
        expect(found).toEqual([]);
    }, 120_000);
});
