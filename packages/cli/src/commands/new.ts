import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Command } from 'commander';
import type { AstNodeDescription } from 'langium';
import { Argument } from 'commander';
import {
    fileSystemReason, isReferenceName, likelyNames, nameMeant, nextFreeReference, referencePrefix, REQUEST_KINDS, today,
    writeNewRequest, type RequestKindName, type SkeletonAddressee
} from '@rogatory/language';
import { checkAsOf } from '../as-of.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import { inAnyCase } from '../options.js';
import { lineSafe, relativeIfUnder, shownPath } from '../report/diagnostics.js';
import { loadWorkspace } from '../workspace.js';

export interface NewOptions {
    to: string;
    reference?: string;
    out?: string;
    date?: string;
    root?: string;
    note?: (line: string) => void;
}

export interface NewResult {
    /** The file written, as the current folder shows it. */
    file: string;
    reference: string;
    /** Whom the request is made to, as a sentence names it: `Kenya`, `the United Nations`. */
    addressee: string;
}

/** A file that is already there: nothing is written over it (exit 1). */
export class ExistingFile extends Error {}

const KINDS = REQUEST_KINDS.map(k => k.kind);

/**
 * Writes the skeleton of a new request (skeleton.ts: the one the editor's "New request" command and completion write)
 * to a new file: the clauses the request's kind asks for, to fill in, addressed to a State or an organisation of the built-in library,
 * numbered with the next free reference of the workspace unless one is given. Never over an existing file.
 */
export async function newRequest(kind: RequestKindName, options: NewOptions): Promise<NewResult> {
    checkAsOf(options.date, '--date');
    const date = options.date ?? today();
    if (options.reference !== undefined && !isReferenceName(options.reference)) {
        throw new UsageError(`--reference '${options.reference}' is not a reference: letters, digits and hyphens, e.g. ${referencePrefix(kind, date.slice(0, 4))}0042`);
    }
    if (options.out !== undefined && !options.out.trim()) throw new UsageError('--out expects a file or a folder, not an empty name');
    // The whole workspace: its requests' references (the next free one; one already taken), and its States.
    const workspace = await loadWorkspace([options.root ?? '.'], { root: options.root, note: options.note });
    const index = workspace.services.shared.workspace.IndexManager;
    const addressee = addresseeMeant(index.allElements('State').toArray(), index.allElements('Organisation').toArray(), options.to);
    const reference = options.reference ?? nextFreeReference(referencePrefix(kind, date.slice(0, 4)), index.allElements('Request').map(r => r.name));
    const target = await targetFile(options.out, workspace.root, reference);
    let refusal;
    try {
        refusal = await writeNewRequest(workspace.services, target, { reference, kind, date, ...addressee });
    } catch (error) {
        throw new UsageError(`cannot write '${said(target)}': ${fileSystemReason(error)}`);
    }
    switch (refusal?.kind) {
        case 'taken': throw new UsageError(`${reference} is already the reference of a request, in ${shownPath(refusal.file)}: give another (--reference)`);
        // A reference the language reads otherwise (a keyword) would make a file that does not parse.
        case 'keyword': throw new UsageError(`--reference '${reference}' cannot be the name of a request: it is a word of the language`);
        case 'transit-to-organisation':
            throw new UsageError(`a request for transit is made to the State through whose territory the person is transported (art. 89(3)(a)), not to the ${addressee.organisation}: give that State`);
        // addresseeMeant named one the workspace declares; kept for the type's sake.
        case 'unknown-addressee': throw new UsageError(`'${refusal.name}' is not a State or an intergovernmental organisation of the library`);
        case 'exists': throw new ExistingFile(`${said(target)} already exists: nothing written (give another --out or --reference)`);
    }
    return { file: said(target), reference, addressee: addressee.state ?? `the ${addressee.organisation}` };
}

/**
 * The State or intergovernmental organisation (art. 87(6)) `written` names outright: its English or French name, ISO
 * code or abbreviation, in any case. A name of both (`AU`: Australia, the African Union) is asked to be given in full.
 */
function addresseeMeant(states: AstNodeDescription[], organisations: AstNodeDescription[], written: string): SkeletonAddressee {
    const state = nameMeant(states, written);
    const organisation = nameMeant(organisations, written);
    if (state && organisation) throw new UsageError(`"${written}" names both the State ${state} and the ${organisation}: give the name in full`);
    if (state) return { state };
    if (organisation) return { organisation };
    const meant = likelyNames([...states, ...organisations], written);
    throw new UsageError(`no State or organisation named "${written}" in the built-in list${meant.length ? `: did you mean ${meant.map(n => `"${n}"`).join(' or ')}?` : ' (give its English or French name, its ISO code or its abbreviation)'}`);
}

/** The file written, relative to the current folder when under it, else in full (`/tmp/OTP-2026-0001.rog`, not `../../tmp/...`). */
const said = (file: string) => relativeIfUnder(file) ?? file;

/** `--out` as a `.rog` file, or a folder to write `<reference>.rog` in; by default `requests/` of the workspace root. */
async function targetFile(out: string | undefined, root: string, reference: string): Promise<string> {
    if (out === undefined) return path.join(root, 'requests', `${reference}.rog`);
    const resolved = path.resolve(out);
    if (resolved.endsWith('.rog')) return resolved;
    const stat = await fs.stat(resolved).catch(() => undefined);
    if (stat && !stat.isDirectory()) throw new UsageError(`--out '${out}' is a file that is not a .rog file: name a .rog file or a folder`);
    return path.join(resolved, `${reference}.rog`);
}

export function registerNew(program: Command, io: { out: (s: string) => void; err: (s: string) => void }, setExit: (code: number) => void): void {
    program.command('new')
        .description('write the skeleton of a new request of a kind to a State or an organisation: the clauses its kind asks for, to fill in, with the next free reference')
        .addArgument(new Argument('<kind>', 'kind of request').choices(KINDS).argParser(inAnyCase(KINDS)))
        .requiredOption('--to <addressee>', 'the requested State, by its English or French name or ISO code ("Kenya", KEN), or the intergovernmental organisation (art. 87(6)), by its name or abbreviation ("United Nations", UN)')
        .option('--reference <reference>', 'the request\'s reference (default: the next free REG-<year>-NNNN for a Chamber\'s request, OTP-<year>-NNNN for the Prosecutor\'s)')
        .option('--out <file>', 'the .rog file to write, or a folder to write <reference>.rog in (default: requests/ of the workspace root)')
        .option('--date <date>', 'the request\'s date (YYYY-MM-DD; default: today)')
        .option('--root <folder>', 'workspace root whose requests are numbered (default: nearest folder with rogatory.json or .git above the current folder)')
        .addHelpText('after', `
The skeleton is the one the editor's "New request" command writes: its clauses
empty, in the order they are filled in. \`rogatory check <file>\` then says what
the request still lacks, each finding citing its provision. The file is created
whole, and never over a file already there. The path written is printed on
stdout.

Kinds:
${REQUEST_KINDS.map(k => `  ${k.kind.padEnd(24)}${k.label} (${k.provisions})`).join('\n')}

Examples:
  rogatory new arrest-and-surrender --to Kenya
  rogatory new assistance --to "Côte d'Ivoire" --reference OTP-2026-0042
  rogatory new transit --to FRA --out requests/transit/
  rogatory new assistance --to UN

Exit codes:
  0  written
  1  the file is already there: nothing written
  2  usage error (an unknown kind, State or organisation, a transit to an
     organisation, a reference taken or not a reference), unreadable
     workspace, or a file that cannot be written`)
        .action(async (kind: RequestKindName, options: NewOptions) => {
            try {
                const result = await newRequest(kind, { ...options, note: io.err });
                io.out(lineSafe(result.file));
                io.err(`${result.reference}: a request of kind ${kind} to ${result.addressee}, to fill in; rogatory check ${lineSafe(result.file)} says what it still lacks`);
                setExit(ExitCode.Ok);
            } catch (error) {
                if (!(error instanceof ExistingFile)) throw error;
                io.err(`rogatory: ${error.message}`);
                setExit(ExitCode.Findings);
            }
        });
}
