import * as path from 'node:path';
import type { RogatoryServices } from '../rogatory-module.js';
import { createAtomically, makeFolder } from '../generator/output-folder.js';
import { requestSkeleton, type RequestKindName, type SkeletonAddressee } from '../skeleton.js';
import type { StateLibrary } from '../states/state-library.js';
import type { State } from '../generated/ast.js';

/** Why a new request's file was not written; nothing was. */
export type NewRequestRefusal =
    /** Another request of the workspace has that reference, in `file`. */
    | { kind: 'taken'; file: string }
    /** The reference is a word of the language (`request`): the file would not parse. */
    | { kind: 'keyword' }
    /** A file is already at the target. */
    | { kind: 'exists' }
    /** A transit asked of an organisation: transit is through a State's territory (art. 89(3)(a), transit-to-organisation). */
    | { kind: 'transit-to-organisation' }
    /** No State or organisation of that name, in the built-in library or the workspace: the request would name nobody. */
    | { kind: 'unknown-addressee'; name: string };

/**
 * The text of a new request (skeleton.ts), or why there is none: a transit to an organisation, a State or organisation
 * nobody declared, a reference another request of the workspace indexed has, or one that would not parse as a name. To a State not party on the request's date, the
 * skeleton invites it (invitationOf).
 */
export function newRequestText(
    services: RogatoryServices,
    options: { reference: string; kind: RequestKindName; date: string } & SkeletonAddressee
): { text: string; refusal?: undefined } | { refusal: Exclude<NewRequestRefusal, { kind: 'exists' }>; text?: undefined } {
    if (options.kind === 'transit' && options.organisation !== undefined) return { refusal: { kind: 'transit-to-organisation' } };
    // Exactly as declared (the editor sends a name from the server's list; rogatory new resolves what was typed first).
    const library = services.rogatory.StateLibrary;
    const state = options.state !== undefined ? library.allStates().find(s => s.name === options.state) : undefined;
    if (options.state !== undefined ? !state : !library.allOrganisations().some(o => o.name === options.organisation)) {
        return { refusal: { kind: 'unknown-addressee', name: options.state ?? options.organisation } };
    }
    const taken = services.shared.workspace.IndexManager.allElements('Request').find(r => r.name === options.reference);
    if (taken) return { refusal: { kind: 'taken', file: taken.documentUri.fsPath } };
    const text = requestSkeleton(options.state !== undefined && state ? { ...options, invitation: invitationOf(library, state, options.date) } : options);
    const parsed = services.parser.LangiumParser.parse(text);
    if (parsed.lexerErrors.length || parsed.parserErrors.length) return { refusal: { kind: 'keyword' } };
    return { text };
}

/**
 * How a State not party on `date` is invited to cooperate (art. 87(5)(a)): under the art. 12(3) declaration it had
 * lodged by then, else on an arrangement or agreement to choose. Nothing for a State Party, and for a State whose
 * withdrawal has taken effect, which may still owe cooperation for proceedings commenced before (art. 127(2)):
 * withdrawn-proceedings-missing asks which it is.
 */
function invitationOf(library: StateLibrary, state: State, date: string): SkeletonAddressee['invitation'] {
    const status = library.statusOn(state, date);
    if (status.party.kind !== 'non-party' && status.party.kind !== 'not-yet-party') return undefined;
    return status.declaration123 ? 'declaration-12-3' : 'arrangement';
}

/**
 * Writes the skeleton of a new request (newRequestText) to `target`: `rogatory new`'s and the editor's New request's one
 * way to do it. Refused, with nothing written, for newRequestText's reasons, or when a file is at `target` (even one made meanwhile:
 * the file is created whole, never over another, by createAtomically). A failure to write throws.
 */
export async function writeNewRequest(
    services: RogatoryServices,
    target: string,
    options: { reference: string; kind: RequestKindName; date: string } & SkeletonAddressee
): Promise<NewRequestRefusal | undefined> {
    const { text, refusal } = newRequestText(services, options);
    if (refusal) return refusal;
    await makeFolder(path.dirname(target));
    try {
        await createAtomically(target, Buffer.from(text, 'utf8'));
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { kind: 'exists' };
        throw error;
    }
    return undefined;
}
