import * as os from 'node:os';
import * as path from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { exportRequest, isModel, isRequest, MANIFEST_NAME, OUTPUT_FORMATS, OutputFolder, requestErrors, requestLabel, type OutputFormat, type RequestError } from '@rogatory/language';
import type { Diagnostic } from 'vscode-languageserver-types';
import { ExitCode, NotedFailure, UsageError } from '../exit-codes.js';
import { lineSafe, relativeIfUnder, reportedPath, toFinding, type Finding } from '../report/diagnostics.js';
import { FORMATTERS } from '../report/formats.js';
import { loadWorkspace } from '../workspace.js';

type Lang = 'en' | 'fr';

export interface BuildOptions {
    to: OutputFormat[];
    lang: Lang[];
    out: string;
    draft?: boolean;
    force?: boolean;
    root?: string;
    /** Says a symbolic link passed over (one line for stderr). */
    note?: (line: string) => void;
}

export interface BuildResult {
    /** Files written, relative to the current folder. */
    written: string[];
    /** Requests not built, with why. */
    refused: Array<{ request: string; reason: string }>;
    /** Errors that refused requests (printed like `rogatory check`). */
    findings: Finding[];
    /** Things to confirm before sending (e.g. a channel from a NOT VERIFIED designation). */
    warnings: string[];
    /** The signal (Ctrl-C's SIGINT, SIGTERM, a closed terminal's SIGHUP) that stopped the run after the request being written. */
    interrupted?: NodeJS.Signals;
    /** Why the manifest found in --out could not be used ("is not valid JSON"): it was replaced. */
    manifestUnusable?: string;
}

/**
 * The signals after which a build stops between two requests, its manifest saved, rather than die
 * half-recorded: Ctrl-C, a kill or a CI job cancelled, a terminal closed or an ssh connection lost.
 * (Node restores SIGHUP's default at start-up, so `nohup` never kept a build running; it now stops as cleanly.)
 */
const STOP_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Builds the documents of every request under `paths` into `options.out`. */
export async function buildPaths(paths: string[], options: BuildOptions): Promise<BuildResult> {
    // `--out "$DIR"` with DIR unset would otherwise build into the current folder.
    if (!options.out.trim()) throw new UsageError('--out expects a folder, not an empty name');
    const workspace = await loadWorkspace(paths, { root: options.root, note: options.note });
    // Naming only files without a request is a mistake to say, not a build of nothing.
    if (!workspace.targets.some(d => isModel(d.parseResult.value) && d.parseResult.value.elements.some(isRequest))) {
        throw new UsageError(`no request to build in ${paths.join(', ')}: ${workspace.targets.length ? 'the files hold declarations only, or nothing' : 'no .rog file there'}`);
    }
    // Each file is checked once in the run, however many requests rely on its declarations.
    const validated = new Map<string, Promise<Diagnostic[]>>();
    const printed = new Set<string>();
    const stateLibrary = workspace.services.rogatory.StateLibrary;
    const out = await OutputFolder.open(options.out);
    const result: BuildResult = { written: [], refused: [], findings: [], warnings: out.manifestWarning ? [out.manifestWarning] : [], manifestUnusable: out.manifestUnusable };
    const seen = new Map<string, string>();
    // Killed by the default handler, a run would leave files the manifest does not name, which the
    // next build refuses ("use --force"). Stop instead after the request being written; a second
    // signal finds the default handler again and kills at once (nothing half-written: writes are atomic).
    let signalled: NodeJS.Signals | undefined;
    const stop = (signal: NodeJS.Signals) => { signalled ??= signal; };
    for (const signal of STOP_SIGNALS) process.once(signal, stop);

    try {
        requests: for (const document of workspace.targets) {
            if (signalled) break;
            const root = document.parseResult.value;
            const requests = isModel(root) ? root.elements.filter(isRequest) : [];
            if (requests.length === 0) continue;
            const source = path.relative(workspace.root, document.uri.fsPath);
            for (const request of requests) {
                if (signalled) break requests;
                const refuse = (reason: string) => result.refused.push({ request: requestLabel(request, reportedPath(document)), reason });
                const errors = await requestErrors(request, workspace.services, validated);
                if (errors.length > 0 && !options.draft) {
                    // An error in a declaration several requests rely on is printed once.
                    for (const finding of errors.map(e => toFinding(reportedPath(e.document), e.diagnostic))) {
                        const key = JSON.stringify([finding.file, finding.range.start, finding.code, finding.message]);
                        if (!printed.has(key)) result.findings.push(finding);
                        printed.add(key);
                    }
                    refuse(refusalReason(errors));
                    continue;
                }
                if (request.name && seen.has(request.name)) {
                    refuse(`another request named ${request.name} (${seen.get(request.name)}) is built in the same run`);
                    continue;
                }
                seen.set(request.name, source);
                const outcome = await exportRequest(request, document, out, {
                    formats: options.to, lang: options.lang, draft: options.draft, stateLibrary, force: options.force, workspaceRoot: workspace.root
                });
                if ('refused' in outcome) {
                    refuse(outcome.replaceable ? `${outcome.refused} (use --force to replace)` : outcome.refused);
                    continue;
                }
                result.written.push(...outcome.written.map(f => shownWritten(options.out, f)));
                result.warnings.push(...outcome.warnings.map(w => `${request.name}: ${w}`));
            }
        }
        // A signal after the last request stops nothing: the build is whole.
        result.interrupted = signalled;
        // Still under the handlers: a signal now lets the manifest be written whole.
        await out.saveManifest();
    } catch (error) {
        // A run that fails half-way (a full disk) has still written some requests' files: record
        // them, or the next build would refuse them as files it did not write.
        const saved = await out.saveManifest().then(() => true, () => false);
        // The one line said of the failure says too that the manifest found there could not be used: the
        // next build refuses the files it recorded, which the failure alone would leave unexplained.
        if (out.manifestUnusable) {
            const manifest = path.join(shownOut(options.out), MANIFEST_NAME);
            throw new NotedFailure(error, saved
                ? `${manifest}, which ${out.manifestUnusable}, was replaced: the files it recorded count as not written by rogatory`
                : `${manifest} ${out.manifestUnusable}: the files it recorded count as not written by rogatory`);
        }
        throw error;
    } finally {
        for (const signal of STOP_SIGNALS) process.removeListener(signal, stop);
    }
    result.warnings = [...new Set(result.warnings)];
    return result;
}

/** --out as messages say it: relative to the current folder when under it, else as typed (`/tmp/out`, not `../../tmp/out`). */
const shownOut = (out: string) => relativeIfUnder(out) ?? path.normalize(out);
/** A written file, said the way its --out is. */
const shownWritten = (out: string, file: string) => (relativeIfUnder(out) === undefined ? file : path.relative(process.cwd(), file));

/**
 * Why a request with errors is not built: how many, and, for those in declarations it relies on in
 * other blocks or files (its warrant, its person…), which declaration and where, since the request's
 * own text may have none.
 */
function refusalReason(errors: RequestError[]): string {
    const elsewhere = errors.filter(e => e.declaration);
    const places = [...new Set(elsewhere.map(e => `${e.declaration!.name} (${reportedPath(e.document)}:${e.diagnostic.range.start.line + 1})`))];
    const which = elsewhere.length === 0 ? ''
        : elsewhere.length === errors.length ? `, in ${places.length === 1 ? 'a declaration' : 'declarations'} it relies on: ${places.join(', ')}`
            : `, ${elsewhere.length} of them in ${places.length === 1 ? 'a declaration' : 'declarations'} it relies on: ${places.join(', ')}`;
    return `${errors.length} error(s)${which}; fix them or build with --draft`;
}

/**
 * A comma-separated list option. Given again (`--to pdf --to md`), it adds to what was given before,
 * as `--to pdf,md` does: the last one alone would leave out, without a word, documents asked for.
 * `defaults` (the very array given to Commander as the default) is replaced, not added to.
 */
function parseList<T extends string>(option: string, allowed: readonly T[], defaults: readonly T[]): (value: string, previous: readonly T[] | undefined) => T[] {
    return (value, previous) => {
        const items = value.split(',').map(v => v.trim().toLowerCase()).filter(Boolean);
        const wrong = items.filter(v => !allowed.includes(v as T));
        if (items.length === 0 || wrong.length > 0) {
            throw new UsageError(`${option} expects a comma-separated list of ${allowed.join(', ')}, not '${value}'`);
        }
        return [...new Set([...(previous === defaults ? [] : previous ?? []), ...items])] as T[];
    };
}

const DEFAULT_FORMATS: readonly OutputFormat[] = ['docx', 'pdf'];
const DEFAULT_LANGUAGES: readonly Lang[] = ['en'];

export function registerBuild(program: Command, io: { out: (s: string) => void; err: (s: string) => void }, setExit: (code: number) => void): void {
    program.command('build')
        .description('compile requests into the documents that are transmitted: the request and its note verbale, in DOCX, PDF, HTML, Markdown or JSON, in English and/or French')
        .argument('<files...>', '.rog files or folders whose requests are built')
        .addOption(new Option('--to <formats>', `output formats, comma-separated (or the option repeated): ${OUTPUT_FORMATS.join(', ')}`)
            .argParser(parseList('--to', OUTPUT_FORMATS, DEFAULT_FORMATS)).default(DEFAULT_FORMATS, 'docx,pdf'))
        .addOption(new Option('--lang <languages>', 'languages: en, fr or en,fr').argParser(parseList('--lang', ['en', 'fr'] as const, DEFAULT_LANGUAGES)).default(DEFAULT_LANGUAGES, 'en'))
        // `check` and `register` take --format; here Commander would suggest --force, which replaces files.
        .addOption(new Option('--format <formats>').hideHelp().argParser(() => {
            throw new UsageError(`build takes its output formats as --to (${OUTPUT_FORMATS.join(', ')}), not --format`);
        }))
        .requiredOption('--out <folder>', 'folder the documents are written to (required; created if needed)')
        .option('--draft', 'build requests that still have errors, with a DRAFT mark on every page')
        .option('--force', 'replace files in --out that were not written by an earlier build of the same request, or were changed since')
        .option('--root <folder>', 'workspace root whose files are loaded for cross-file references (default: nearest folder with rogatory.json or .git)')
        .addHelpText('after', `
Each request gives <name>.<lang>.<format> and <name>.note-verbale.<lang>.<format>.
Files are written atomically and only inside --out; .rogatory-build.json in --out
records which request produced which file, so that a later build replaces its own
files and nothing else. Annex files must lie inside the workspace.

Examples:
  rogatory build requests/REG-2026-0101.rog --out build/documents
  rogatory build requests --out build/documents --to pdf,docx --lang en,fr
  rogatory build requests/REG-2026-0101.rog --out build/drafts --to html --draft

Exit codes:
  0  every request was built
  1  a request was refused: it has errors (build it with --draft), an annex file
     lies outside the workspace, or an output would replace a file that is not an
     earlier output of the same request (use --force); the others were built
  2  usage error, unreadable path, or no request in the files named: nothing
     was built; or a file could not be written (a full disk): the files written
     before it stay, recorded in .rogatory-build.json (the line says so too when
     the manifest found there could not be used)
  130 interrupted by Ctrl-C (143: SIGTERM; 129: SIGHUP, the terminal closed or the
     ssh connection lost) after the request being written: the files written stay,
     recorded in .rogatory-build.json`)
        .action(async (files: string[], options: BuildOptions) => {
            const result = await buildPaths(files, { ...options, note: io.err });
            for (const file of result.written) io.out(lineSafe(file));
            if (result.interrupted) {
                // The conventional 128 + signal number (130 for Ctrl-C); what was written is recorded, and a build again replaces it.
                // Still one line; a manifest that could not be used is said in it, since the next build refuses what it recorded.
                const replacing = result.manifestUnusable ? `, replacing one that ${result.manifestUnusable} (the files it recorded count as not written by rogatory)` : '';
                io.err(lineSafe(`rogatory: build interrupted (${result.interrupted}): ${result.written.length} file(s) written to ${shownOut(options.out)} and recorded in ${MANIFEST_NAME}${replacing}; build again to finish`));
                setExit(128 + os.constants.signals[result.interrupted]);
                return;
            }
            if (result.findings.length > 0) io.err(FORMATTERS.text({ files: 0, findings: result.findings }));
            for (const warning of result.warnings) io.err(lineSafe(`rogatory: warning: ${warning}`));
            for (const refusal of result.refused) io.err(lineSafe(`rogatory: ${refusal.request} not built: ${refusal.reason}`));
            io.err(lineSafe(`${result.written.length} file(s) written to ${shownOut(options.out)}` +
                (result.refused.length ? `; ${result.refused.length} request(s) refused` : '')));
            setExit(result.refused.length > 0 ? ExitCode.Findings : ExitCode.Ok);
        });
}
