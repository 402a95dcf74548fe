import type { ValidationArea } from './catalogue.js';

/** What every request states (reference, date, organ, situation, addressee, classification, legal basis), its dates and its follow-up. */
export const rules = {};

export const requestArea: ValidationArea = {
    name: 'request',
    description: 'What every request states (reference, date, organ, situation, addressee, classification, legal basis), its dates and its follow-up.',
    rules: Object.values(rules),
    checks: () => ({})
};
