import type { ValidationArea } from './catalogue.js';

/** The requested State or organisation: party status on the request date (arts. 12(3), 87(5)-(6), 126, 127), channel and language (art. 87(1)-(2), rules 176-180). */
export const rules = {};

export const addresseeArea: ValidationArea = {
    name: 'addressee',
    description: 'The requested State or organisation: party status on the request date (arts. 12(3), 87(5)-(6), 126, 127), channel and language (art. 87(1)-(2), rules 176-180).',
    rules: Object.values(rules),
    checks: () => ({})
};
