import type { ValidationArea } from './catalogue.js';

/** Arrest and surrender (art. 89, 91(2)), surrender of a convicted person (art. 91(3)), provisional arrest (art. 92, rule 188). */
export const rules = {};

export const surrenderArea: ValidationArea = {
    name: 'surrender',
    description: 'Arrest and surrender (art. 89, 91(2)), surrender of a convicted person (art. 91(3)), provisional arrest (art. 92, rule 188).',
    rules: Object.values(rules),
    checks: () => ({})
};
