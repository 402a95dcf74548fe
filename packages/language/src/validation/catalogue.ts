import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import type { RogatoryAstType } from '../generated/ast.js';
import type { RogatoryServices } from '../rogatory-module.js';
import type { Rule } from './rule.js';
import { addresseeArea } from './addressee.js';
import { assistanceArea } from './assistance.js';
import { requestArea } from './request.js';
import { structureArea } from './structure.js';
import { surrenderArea } from './surrender.js';

/** One concern per area: its rules (the catalogue) and the checks that report them. */
export interface ValidationArea {
    readonly name: string;
    readonly description: string;
    readonly rules: readonly Rule[];
    checks(services: RogatoryServices): Partial<Record<'fast' | 'slow', ValidationChecks<RogatoryAstType>>>;
    /** A check of a whole file that needs every other check to have run first (the document validator calls it). */
    afterAll?(root: AstNode, accept: ValidationAcceptor): void;
}

export const VALIDATION_AREAS: readonly ValidationArea[] = [
    structureArea,
    requestArea,
    addresseeArea,
    surrenderArea,
    assistanceArea
];

/** Every rule, in catalogue order; `rogatory rules` and docs/rules.md are made from this. */
export const ALL_RULES: readonly Rule[] = VALIDATION_AREAS.flatMap(a => a.rules);

export function findRule(code: string): Rule | undefined {
    return ALL_RULES.find(r => r.code === code);
}
