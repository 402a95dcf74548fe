/**
 * The digest (../shared/reference/requirements.md, `statute/digest.generated.ts`) item by item: which rules check
 * each item, and, for the items no rule is tagged with (`digest` in rule.ts), how Rogatory meets them otherwise or
 * why it checks nothing. `rogatory rules` prints it (docs/rules.md); a test holds every item of the digest to an
 * answer here or in a rule, so that a new item of the dossier cannot go unanswered.
 */
import { DIGEST_ITEMS, type DigestItem } from '../statute/digest.generated.js';
import type { Rule } from './rule.js';

interface Handling {
    /** Items whose rules check this one too: `a12` is met by the channel and language rules of X1 and X2. */
    readonly as?: readonly string[];
    /** Rules tagged with another item that check this one as well. */
    readonly rules?: readonly string[];
    /** How Rogatory meets the item, or why it checks nothing, in a legal officer's words (for an item no rule is made for). */
    readonly how?: string;
}

/** The items no rule is made for (tagged with), and items checked by rules made for other items too. */
export const DIGEST_HANDLED_ELSEWHERE: Readonly<Record<string, Handling>> = {
    a12: { as: ['X1', 'X2'], how: 'The channel and language rules apply to every kind of request.' },
    b8: { as: ['X1', 'X2', 'X3'], how: 'The channel, language and classification rules apply to every kind of request; every page of its documents carries the classification.' },
    c2: {
        how: '`medium` takes only media that deliver a written record (`written`, `electronic-mail`, `fax`, `INTERPOL-notice`, `other-written-record`); '
            + 'a provisional arrest may use any of them, and its documents say which.'
    },
    c8: {
        how: 'Followed up, not checked: `status released D` or `status surrendered D` (surrender on consent) ends the provisional arrest, and the '
            + 'rule 188 limit stops running (`provisional-surrender-deadline-*`); the register shows the status. A later request for arrest and '
            + 'surrender is written as any other.'
    },
    d8: { how: 'Written as `other-information "..."`, printed in the request under "Other information"; what is relevant is for the officer.' },
    d9: {
        rules: ['assistance-procedure-missing'],
        how: 'Written as `procedure "..."` and `present "...", "..."` (the persons to be present), both printed in the request; persons to be present '
            + 'with no procedure stated is a finding.'
    },
    d15: { as: ['f1', 'f2', 'f3', 'f4', 'f7'], how: 'The temporary transfer rules apply to `kind temporary-transfer` and to `kind assistance art. 93(1)(f)` alike.' },
    d20: {
        rules: ['assistance-third-party-control-check'],
        how: '`under-control-of State "..."|organisation "..." notified D` records what the requested State informed the Court; the finding names the '
            + 'request directed to that State or organisation (one that `follows` this one), and the register shows it (`redirect`).'
    },
    d21: {
        how: 'Not checked: the requested State seeks the originator\'s consent (art. 73), which the request cannot show. The State\'s answer is '
            + 'recorded as a status event with its note (`status partially-executed D "..."`, `status refused D "..."`).'
    },
    e1: { as: ['X1', 'X2'], how: 'A transit request is addressed to the transit State (`to State "..."`), whose designation the channel and language rules read.' },
    e7: { how: 'Not checked: keeping the person in custody during transit is the transit State\'s obligation, not something the request states.' },
    e8: { how: 'Not checked: authorising transit is the transit State\'s obligation; its answer is recorded as a status event (`executed`, `refused`).' },
    e9: {
        rules: ['costs-provision-invalid'],
        how: '`costs art. 100(1)(e) "..."` tags a cost with its letter of art. 100(1), which the rule checks; the request lists the costs the Court bears.'
    },
    f5: {
        rules: ['transfer-consent-check'],
        how: 'The checklist on the person\'s consent reminds that the national authorities arrange the transfer with the Registrar and the host '
            + 'State (rule 192(1)). Rule 192(2) and (3) concern the Registrar\'s conduct of the transfer and the person\'s right to raise the '
            + 'conditions of detention with the Chamber, not the request.'
    },
    f6: {
        rules: ['costs-provision-invalid'],
        how: '`costs art. 100(1)(a) "..."` tags a cost with its letter of art. 100(1), which the rule checks; the request lists the costs the Court bears.'
    },
    g2: {
        how: 'Not checked: informing the Assembly of States Parties or the Security Council is for the Court to decide. The register shows each '
            + 'request\'s status and days overdue, from which such a failure is followed.'
    },
    X5: { as: ['X1', 'X2'], how: 'The designation in force on the request\'s date is the one taking effect on its agreed date, else 45 days after the Court received it (`designation` with `received` and `effective`; rule 180(2)).' },
    X6: { rules: ['assistance-national-security-check', 'organisation-national-security-check'], how: 'A checklist prompt on every request for the production of evidence or documents (art. 93(1)(b), (i)).' },
    X7: { as: ['d21'], how: 'As d21: not checked.' },
    X8: {
        how: 'Followed up, not checked: a consultation is recorded as `status consulted D "..."`, and as a `record R { type consultation ... }` '
            + 'where a request relies on it.'
    },
    X9: { as: ['a13'] },
    X11: {
        rules: ['followup-overdue', 'arrest-national-requirements-consultation-mismatch', 'assistance-national-requirements-consultation-mismatch', 'direct-execution-consultation-missing'],
        how: 'Consultations are `record R { type consultation ... }` declarations that requests refer to (`national-requirements ... consultation R`, '
            + '`direct-execution by-Prosecutor consultation R`) and `status consulted D` events; an overdue request is a finding that cites art. 97.'
    },
    X12: { as: ['d14'] },
    X13: { as: ['d13'], how: 'An assurance is a Chamber\'s `decision` that the witness or expert refers to (`assurance D`).' },
    X14: {
        as: ['d10', 'd11'],
        rules: ['assistance-procedure-missing'],
        how: 'The manner of execution is written as `procedure` and `present`; urgent replies as `urgent-replies`; a request that seems to ask the State to translate its replies is a finding (art. 99(3)).'
    },
    X19: { how: 'Outside the language: Rogatory writes the Court\'s requests to States and organisations, not a State\'s request to the Court (art. 93(10), art. 96(4)).' }
};

export interface DigestCoverage {
    readonly item: DigestItem;
    /** Every rule that checks the item: tagged with it, named by its entry, or tagged with an item its entry refers to. */
    readonly rules: readonly Rule[];
    readonly how?: string;
}

/** Every item of the digest, in the digest's order, with what checks it. */
export function digestCoverage(rules: readonly Rule[]): DigestCoverage[] {
    return DIGEST_ITEMS.map(item => {
        const handling = DIGEST_HANDLED_ELSEWHERE[item.id];
        const items = new Set([item.id, ...(handling?.as ?? [])]);
        const named = new Set(handling?.rules ?? []);
        return { item, rules: rules.filter(r => (r.digest && items.has(r.digest)) || named.has(r.code)), how: handling?.how };
    });
}
