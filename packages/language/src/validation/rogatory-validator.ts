import type { ValidationChecks } from 'langium';
import type { RogatoryAstType } from '../generated/ast.js';
import type { RogatoryServices } from '../rogatory-module.js';
import { VALIDATION_AREAS } from './catalogue.js';

/**
 * Registers every validation area (one file each under validation/, listed in
 * catalogue.ts) with Langium, in its category: `fast` checks look at one document and
 * run on every keystroke; `slow` checks look across the workspace and run on save and
 * in the CLI.
 */
export function registerValidationChecks(services: RogatoryServices): void {
    const registry = services.validation.ValidationRegistry;
    for (const area of VALIDATION_AREAS) {
        for (const [category, checks] of Object.entries(area.checks(services))) {
            registry.register(checks as ValidationChecks<RogatoryAstType>, undefined, category as 'fast' | 'slow');
        }
    }
}
