import type { AstNode } from 'langium';
import { GrammarUtils } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import { isDesignation, isRequest, isStatusEvent } from '../generated/ast.js';
import { historyInOrder, PROVISIONAL_ARREST_DAYS, provisionalArrest, surrenderDeadline, transitHoursEnd } from '../register/follow-up.js';
import { hasTimeZone, isValidDate } from '../states/dates.js';
import { DESIGNATION_CHANGE_DAYS } from '../states/state-library.js';
import type { RogatoryServices } from '../rogatory-module.js';

/**
 * Inlay hints: the date the law computes from a date the officer writes, shown right after it, so that a time limit is
 * read where it starts (the hover on the date says where it stands as of the as-of date; the checks judge it):
 * - a provisional arrest's first `status arrested D`: rule 188's 60 days, `rule 188: by D+60` (`, no longer runs` once the
 *   arrest is over as of the as-of date);
 * - a transit's `landing unscheduled T` (with its time zone): the end of art. 89(3)(e)'s 96 hours, in UTC;
 * - a designation's `received D` with no agreed `effective` date: the day it takes effect, 45 days later (rule 180(2)).
 * They are the computations the checks, the hover and the register use (follow-up.ts, state-library.ts), not copies.
 */
export class RogatoryInlayHintProvider extends AbstractInlayHintProvider {
    private readonly stateLibrary;
    private readonly settings;

    constructor(services: RogatoryServices) {
        super();
        this.stateLibrary = services.rogatory.StateLibrary;
        this.settings = services.rogatory.Settings;
    }

    computeInlayHint(node: AstNode, accept: InlayHintAcceptor): void {
        if (isStatusEvent(node) && node.status === 'arrested' && isRequest(node.$container) && node.$container.kind === 'provisional-arrest'
            && !!node.date && isValidDate(node.date) && historyInOrder(node.$container).find(e => e.status === 'arrested') === node) {
            // Once the provisional arrest is over (the person released or surrendered on consent, the request withdrawn, as of
            // the as-of date), the limit no longer runs: said, so that the date is not read as still to be met.
            const over = provisionalArrest(node.$container, [], this.settings.currentDate())?.ended;
            hint(node, 'date', `rule 188: by ${surrenderDeadline(node.date)}${over ? ', no longer runs' : ''}`, accept,
                `The requested State is to receive the request for surrender and the documents supporting it within ${PROVISIONAL_ARREST_DAYS} days from the date of the provisional arrest (rule 188, for art. 92(3)); counted as the arrest's day plus ${PROVISIONAL_ARREST_DAYS} calendar days, the compiler's reading.`);
        } else if (isRequest(node) && node.landing === 'unscheduled' && node.landingAt && node.landingAt.includes('T')
            && isValidDate(node.landingAt) && hasTimeZone(node.landingAt)) {
            hint(node, 'landingAt', `art. 89(3)(e): 96 h end ${transitHoursEnd(node.landingAt).text}`, accept,
                'Detention in the transit State may not be extended beyond 96 hours from the unscheduled landing unless the request for transit is received within that time (art. 89(3)(e)).');
        } else if (isDesignation(node) && node.received && !node.effective && isValidDate(node.received)) {
            const effective = this.stateLibrary.effectiveDate(node);
            if (effective) {
                hint(node, 'received', `effective ${effective}`, accept,
                    `With no date agreed, a change of channel or language takes effect ${DESIGNATION_CHANGE_DAYS} days after the Court received it, without prejudice to current requests or requests in progress (rule 180(2)).`);
            }
        }
    }
}

function hint(node: AstNode, property: string, label: string, accept: InlayHintAcceptor, tooltip: string): void {
    const cst = GrammarUtils.findNodeForProperty(node.$cstNode, property);
    if (cst) accept({ position: cst.range.end, label, paddingLeft: true, tooltip });
}
