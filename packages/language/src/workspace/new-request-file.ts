import * as path from 'node:path';
import type { RogatoryServices } from '../rogatory-module.js';
import { createAtomically, makeFolder } from '../generator/output-folder.js';
import { requestSkeleton, type RequestKindName, type SkeletonAddressee } from '../skeleton.js';

/** Why a new request's file was not written; nothing was. */
export type NewRequestRefusal =
    /** Another request of the workspace has that reference, in `file`. */
    | { kind: 'taken'; file: string }
    /** The reference is a word of the language (`request`): the file would not parse. */
    | { kind: 'keyword' }
    /** A file is already at the target. */
    | { kind: 'exists' }
    /** A transit asked of an organisation: transit is through a State's territory (art. 89(3)(a), transit-to-organisation). */
    | { kind: 'transit-to-organisation' };

/**
 * Writes the skeleton of a new request (skeleton.ts) to `target`: `rogatory new`'s and the editor's New request's one
 * way to do it. Refused, with nothing written, when it would be a transit to an organisation, when the workspace
 * indexed already has a request of that reference, when the reference would not parse as a name, or when a file is at `target` (even one made meanwhile:
 * the file is created whole, never over another, by createAtomically). A failure to write throws.
 */
export async function writeNewRequest(
    services: RogatoryServices,
    target: string,
    options: { reference: string; kind: RequestKindName; date: string } & SkeletonAddressee
): Promise<NewRequestRefusal | undefined> {
    if (options.kind === 'transit' && options.organisation !== undefined) return { kind: 'transit-to-organisation' };
    const taken = services.shared.workspace.IndexManager.allElements('Request').find(r => r.name === options.reference);
    if (taken) return { kind: 'taken', file: taken.documentUri.fsPath };
    const text = requestSkeleton(options);
    const parsed = services.parser.LangiumParser.parse(text);
    if (parsed.lexerErrors.length || parsed.parserErrors.length) return { kind: 'keyword' };
    await makeFolder(path.dirname(target));
    try {
        await createAtomically(target, Buffer.from(text, 'utf8'));
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { kind: 'exists' };
        throw error;
    }
    return undefined;
}
