import type { IndexManager } from 'langium';
import { AstUtils, DocumentState, MultiMap, WorkspaceCache } from 'langium';
import type { LangiumCoreServices } from 'langium';
import { isDesignation, isModel, isOrganisation, isState, type Designation, type Organisation, type State } from '../generated/ast.js';
import { isBuiltinUri } from '../builtin/builtin-library.js';
import type { RogatoryServices } from '../rogatory-module.js';
import { perFileMemo } from '../workspace/workspace-memo.js';
import { addDays, dayOf } from './dates.js';
import { stateStatusOn, type StateStatus } from './state-status.js';
import { compareText } from '../text-order.js';
import { namedOnce } from '../references/scope-provider.js';

/** A designation, the day it takes effect, and where it is declared. */
interface DesignationEntry {
    readonly d: Designation;
    readonly effective: string;
    readonly builtin: boolean;
    /** The path of its file ('' in the built-in library). */
    readonly path: string;
}

/** The designation blocks of the workspace and the built-in library. */
const declaredDesignations = perFileMemo(root => isModel(root) ? root.elements.filter(isDesignation) : []);

/**
 * The channels a designation allows (art. 87(1)(a)), with the office each names: one, or two where the
 * State designated a choice (`channel diplomatic-channel or designated-authority "Ministry of Justice"`).
 */
export function designatedChannels(designation: Designation | undefined): Array<{ channel: string; detail?: string }> {
    if (!designation?.channel) return [];
    const channels: Array<{ channel: string; detail?: string }> = [{ channel: designation.channel, detail: designation.channelDetail }];
    if (designation.otherChannel) channels.push({ channel: designation.otherChannel, detail: designation.otherChannelDetail });
    return channels;
}

/** Days after which a change of channel or language takes effect without an agreed date (rule 180(2)). */
export const DESIGNATION_CHANGE_DAYS = 45;

/**
 * Looks up States and their designations across the workspace and the built-in library.
 */
export class StateLibrary {
    private readonly services: RogatoryServices;
    private readonly index: IndexManager;

    /** Evicted whenever a build has linked its documents (and when documents are deleted). */
    private readonly designations: WorkspaceCache<'all', MultiMap<State, DesignationEntry>>;

    constructor(services: LangiumCoreServices) {
        this.services = services as RogatoryServices;
        this.index = services.shared.workspace.IndexManager;
        this.designations = new WorkspaceCache(services.shared, DocumentState.Linked);
    }

    /** Every State a `State "..."` may name, in name order: once per name, the library's where a workspace file declares it again. */
    allStates(): State[] {
        return this.allNamed('State', isState);
    }

    /** Every intergovernmental organisation an `organisation "..."` may name (art. 87(6)), in name order, once per name as allStates. */
    allOrganisations(): Organisation[] {
        return this.allNamed('Organisation', isOrganisation);
    }

    private allNamed<T extends State | Organisation>(type: T['$type'], is: (node: unknown) => node is T): T[] {
        return namedOnce(this.index.allElements(type).toArray())
            .map(d => d.node)
            .filter((n): n is T => n !== undefined && is(n))
            .sort((a, b) => compareText(a.name, b.name));
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
     * examples; a designation with no date counts as in force since ratification. Of two that take
     * effect the same day, the one of the file first by path (a file's own in text order), as a name
     * declared twice: not the one read first, which the editor and `rogatory check` may read in other orders.
     */
    designationOn(state: State, date: string): Designation | undefined {
        const day = dayOf(date);
        let best: DesignationEntry | undefined;
        for (const candidate of this.designationsOf(state)) {
            if (candidate.effective > day) continue;
            if (!best || Number(candidate.builtin) < Number(best.builtin)
                || (candidate.builtin === best.builtin && (candidate.effective > best.effective
                    || (candidate.effective === best.effective && compareText(candidate.path, best.path) < 0)))) best = candidate;
        }
        return best?.d;
    }

    /**
     * Every designation of `state`, from an index of the whole workspace built once per build
     * from each file's designation blocks (`perFileMemo`: read again only from files that changed).
     * Scanning every document on every call made the slow checks quadratic at 10,000 files.
     */
    private designationsOf(state: State): readonly DesignationEntry[] {
        const index = this.designations.get('all', () => {
            const byState = new MultiMap<State, DesignationEntry>();
            for (const designation of declaredDesignations(this.services)) {
                const target = designation.state?.ref;
                if (!target) continue;
                const uri = AstUtils.getDocument(designation).uri;
                const builtin = isBuiltinUri(uri);
                byState.add(target, { d: designation, effective: this.effectiveDate(designation) ?? '0000-00-00', builtin, path: builtin ? '' : uri.fsPath });
            }
            return byState;
        });
        return index.get(state);
    }
}
