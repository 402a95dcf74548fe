import type { ValidationArea } from './catalogue.js';

/** Other forms of assistance (art. 93, 96, 99), transit (art. 89(3)), temporary transfer (art. 93(7), rule 192-193). */
export const rules = {};

export const assistanceArea: ValidationArea = {
    name: 'assistance',
    description: 'Other forms of assistance (art. 93, 96, 99), transit (art. 89(3)), temporary transfer (art. 93(7), rule 192-193).',
    rules: Object.values(rules),
    checks: () => ({})
};
