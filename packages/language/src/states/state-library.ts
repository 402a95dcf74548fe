import type { LangiumDocuments, IndexManager } from 'langium';
import { AstUtils } from 'langium';
import type { LangiumCoreServices } from 'langium';
import { isDesignation, isState, type Designation, type State } from '../generated/ast.js';
import { isBuiltinUri } from '../builtin/builtin-library.js';
import { addDays, dayOf } from './dates.js';
import { stateStatusOn, type StateStatus } from './state-status.js';

/** Days after which a change of channel or language takes effect without an agreed date (rule 180(2)). */
export const DESIGNATION_CHANGE_DAYS = 45;

/**
 * Looks up States and their designations across the workspace and the built-in library.
 */
export class StateLibrary {
    private readonly documents: LangiumDocuments;
    private readonly index: IndexManager;

    constructor(services: LangiumCoreServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
        this.index = services.shared.workspace.IndexManager;
    }

    /** Every State declared in the library, in name order. */
    allStates(): State[] {
        return this.index.allElements('State')
            .map(d => d.node)
            .filter((n): n is State => n !== undefined && isState(n))
            .toArray()
            .sort((a, b) => a.name.localeCompare(b.name));
    }

    statusOn(state: State, date: string): StateStatus {
        return stateStatusOn(state, date);
    }

    /** The date a designation takes effect: agreed date, else received + 45 days (rule 180(2)). */
    effectiveDate(designation: Designation): string | undefined {
        if (designation.effective) return designation.effective;
        if (designation.received) return addDays(designation.received, DESIGNATION_CHANGE_DAYS);
        return undefined;
    }

    /**
     * The designation (art. 87(1)(a), 87(2)) in force for `state` on `date`: the one with the
     * latest effective date not after `date`; one from the workspace wins over the built-in
     * examples; a designation with no date counts as in force since ratification.
     */
    designationOn(state: State, date: string): Designation | undefined {
        const day = dayOf(date);
        const candidates: Array<{ d: Designation; effective: string; builtin: boolean }> = [];
        for (const doc of this.documents.all) {
            const builtin = isBuiltinUri(doc.uri);
            for (const node of AstUtils.streamContents(doc.parseResult.value)) {
                if (isDesignation(node) && node.state?.ref === state) {
                    const effective = this.effectiveDate(node) ?? '0000-00-00';
                    if (effective <= day) candidates.push({ d: node, effective, builtin });
                }
            }
        }
        candidates.sort((a, b) => (Number(a.builtin) - Number(b.builtin)) || b.effective.localeCompare(a.effective));
        return candidates[0]?.d;
    }
}
