import type { Declaration123, State } from '../generated/ast.js';
import { dayOf, isValidDate } from './dates.js';

/**
 * A State's relation to the Rome Statute on a given date, from the built-in library
 * (states-parties.csv and article-12-3-declarations.csv). Party status on D, as the
 * dossier defines it: entry_into_force <= D and (no withdrawal or D < withdrawal_effective).
 */
export type PartyStatus =
    | { kind: 'party'; since: string }
    | { kind: 'not-yet-party'; deposited: string; entryIntoForce: string }
    | { kind: 'withdrawn'; effective: string; since?: string }
    | { kind: 'non-party' };

export interface StateStatus {
    readonly party: PartyStatus;
    /** An art. 12(3) declaration whose lodging precedes the date (the Court's jurisdiction accepted). */
    readonly declaration123?: Declaration123;
    /** `verified`, `partly-verified` or `not-verified`, with the dossier's note. */
    readonly verification?: string;
    readonly verificationNote?: string;
}

export function stateStatusOn(state: State, date: string): StateStatus {
    const day = dayOf(date);
    let party: PartyStatus;
    if (state.withdrawalEffective && day >= state.withdrawalEffective) {
        party = { kind: 'withdrawn', effective: state.withdrawalEffective, since: state.entryIntoForce };
    } else if (state.entryIntoForce && day >= state.entryIntoForce) {
        party = { kind: 'party', since: state.entryIntoForce };
    } else if (state.deposited && state.entryIntoForce) {
        party = { kind: 'not-yet-party', deposited: state.deposited, entryIntoForce: state.entryIntoForce };
    } else {
        party = { kind: 'non-party' };
    }
    const declaration123 = state.declarations
        .filter(d => d.lodged <= day)
        .sort((a, b) => b.lodged.localeCompare(a.lodged))[0];
    return { party, declaration123, verification: state.verification, verificationNote: state.verificationNote };
}

/**
 * Whether the State owes Part 9 cooperation as a State Party on that date: a State Party, or a State
 * whose withdrawal took effect after the proceedings were commenced (art. 127(2)). The provisions
 * written for States Parties (art. 97's consultations, rule 178's language) apply to it; a State
 * not party cooperates by invitation (art. 87(5)) and rule 179 governs its language.
 */
export function boundAsParty(status: StateStatus, proceedingsCommenced?: string): boolean {
    const p = status.party;
    if (p.kind === 'party') return true;
    return p.kind === 'withdrawn' && !!proceedingsCommenced && isValidDate(proceedingsCommenced) && dayOf(proceedingsCommenced) < p.effective;
}

/**
 * How the dossier marks data it could not check (a State's dates, a designation): `PARTLY VERIFIED`,
 * `NOT VERIFIED`, or nothing when verified. Anything short of verified is marked.
 */
export function verificationMark(verification: string | undefined): 'PARTLY VERIFIED' | 'NOT VERIFIED' | undefined {
    if (verification === 'verified') return undefined;
    return verification === 'partly-verified' ? 'PARTLY VERIFIED' : verification ? 'NOT VERIFIED' : undefined;
}

/** One line for hovers and completion: "State Party since 2005-06-01", "non-party: art. 87(5)"... */
export function describeStatus(status: StateStatus): string {
    const p = status.party;
    const parts: string[] = [];
    switch (p.kind) {
        case 'party': parts.push(`State Party since ${p.since}`); break;
        case 'not-yet-party': parts.push(`not yet a State Party: instrument deposited ${p.deposited}, in force ${p.entryIntoForce} (art. 126(2))`); break;
        case 'withdrawn': parts.push(`withdrawal effective ${p.effective} (art. 127); cooperation continues only for proceedings commenced before (art. 127(2))`); break;
        case 'non-party': parts.push('non-party State: cooperation by invitation (art. 87(5))'); break;
    }
    if (status.declaration123) {
        parts.push(`art. 12(3) declaration lodged ${status.declaration123.lodged}`);
    }
    const mark = verificationMark(status.verification);
    if (mark) parts.push(`dates ${mark}`);
    return parts.join('; ');
}
