import type { ValidationAcceptor } from 'langium';
import type { Record, Request, State } from '../generated/ast.js';
import { report, type Rule } from './rule.js';
import { englishName } from '../generator/names.js';

/**
 * Why a record named as the consultations with the requested State is not that (art. 91(4),
 * 96(3), 99(4)): it is another type of record, or it records consultations with another State.
 * Undefined when it fits, or when the link did not resolve (reported as unresolved).
 */
export function consultationMismatch(record: Record | undefined, state: State | undefined): string | undefined {
    if (!record) return undefined;
    if (record.type !== 'consultation') return `${record.name} is a record of type ${record.type ?? '(none)'}, not a consultation`;
    const with_ = record.state?.ref;
    if (state && with_ && with_ !== state) return `${record.name} records a consultation with ${englishName(with_.name)}, not with ${englishName(state.name)}`;
    return undefined;
}

/**
 * `national-requirements ... consultation R`: R is the record of the consultations in which the
 * requested State advised the Court of `advised` (art. 91(4) for surrender, 96(3) for assistance:
 * the area passes its rule).
 */
export function checkNationalRequirementsConsultation(request: Request, accept: ValidationAcceptor, rule: Rule, advised: string): void {
    const mismatch = consultationMismatch(request.nationalRequirementsConsultation?.ref, request.state?.ref);
    if (mismatch) {
        report(accept, rule, `${mismatch}: name the record of the consultations in which the requested State advised the Court of ${advised}.`,
            { node: request, property: 'nationalRequirementsConsultation' });
    }
}
