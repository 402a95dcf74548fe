import type { ValidationChecks } from 'langium';
import type { RogatoryAstType } from '../generated/ast.js';
import type { RogatoryServices } from '../rogatory-module.js';
import { VALIDATION_AREAS } from './catalogue.js';

/**
 * Registers every validation area (one file each under validation/, listed in
 * catalogue.ts) with Langium, in its category: `fast` checks look at one document, `slow`
 * checks across the workspace. The editor runs both on every edit (`workspace/document-builder.ts`);
 * completion runs the fast ones alone.
 */
export function registerValidationChecks(services: RogatoryServices): void {
    const registry = services.validation.ValidationRegistry;
    for (const area of VALIDATION_AREAS) {
        for (const [category, checks] of Object.entries(area.checks(services))) {
            registry.register(checks as ValidationChecks<RogatoryAstType>, undefined, category as 'fast' | 'slow');
        }
    }
}
