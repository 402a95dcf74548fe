import type { Command } from 'commander';
import { SingleBar } from 'cli-progress';
import type { LangiumDocument } from 'langium';
import { judgedByChange, noteChangedText } from '@rogatory/language';
import { changedSince } from '../changed-files.js';
import { checkAsOf } from '../as-of.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import { countBySeverity, lineSafe, reportedPath, toFinding, type CheckResult, type Finding } from '../report/diagnostics.js';
import { FORMATTERS } from '../report/formats.js';
import { choiceOption } from '../options.js';
import { loadWorkspace, repositoryRoot, type LoadedWorkspace } from '../workspace.js';

export interface CheckOptions {
    at?: string;
    root?: string;
    /** Check only files changed since the branch forked from this git revision (their merge base), and those whose findings the change can alter (judgedByChange). */
    changedSince?: string;
    /** Called after each file is validated. */
    onProgress?: (done: number, total: number) => void;
    /** Says a symbolic link passed over (one line for stderr). */
    note?: (line: string) => void;
}

/** Loads the workspace, validates the files under `paths` (fast and slow checks) and collects the findings. */
export async function checkPaths(paths: string[], options: CheckOptions = {}): Promise<CheckResult> {
    checkAsOf(options.at);
    // `--changed-since "$BASE"` with BASE unset would otherwise check every file, reported as the change's findings.
    if (options.changedSince !== undefined && !options.changedSince.trim()) throw new UsageError('--changed-since expects a git revision, not an empty name');
    const workspace = await loadWorkspace(paths, { root: options.root, at: options.at, referenceIndex: options.changedSince !== undefined, note: options.note });
    // A path holding no request file (a folder mistyped in a CI job, but there) passes the gate: say so, whatever the format.
    if (workspace.targets.length === 0) options.note?.(lineSafe(`rogatory: no .rog file in ${paths.length ? paths.join(', ') : 'the current folder'}: nothing was checked`));
    const targets = options.changedSince ? selectChanged(workspace, options.changedSince) : workspace.targets;
    const validator = workspace.services.validation.DocumentValidator;
    const findings: Finding[] = [];
    const checkedFiles: string[] = [];
    for (const document of targets) {
        const diagnostics = await validator.validateDocument(document, { categories: ['built-in', 'fast', 'slow'] });
        const inOrder = [...diagnostics].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
        const file = reportedPath(document);
        checkedFiles.push(file);
        for (const diagnostic of inOrder) findings.push(toFinding(file, diagnostic));
        options.onProgress?.(checkedFiles.length, targets.length);
    }
    return { files: targets.length, findings, checkedFiles, repositoryRoot: repositoryRoot(workspace.root) };
}

/**
 * The targets a pull request touched: the files changed since `rev` and those whose findings the
 * change can alter (`judgedByChange`: the texts of the changed files now and at `rev` name them).
 */
function selectChanged(workspace: LoadedWorkspace, rev: string): LangiumDocument[] {
    const { changed, deleted, previous } = changedSince(workspace.root, rev);
    const changedDocuments = workspace.all.filter(d => changed.includes(d.uri.fsPath));
    const change = {
        uris: new Set(changedDocuments.map(d => d.uri.toString())), names: new Set<string>(), designation: false,
        elsewhere: deleted.length > 0 || changed.length > changedDocuments.length
    };
    for (const text of [...previous, ...changedDocuments.map(d => d.textDocument.getText())]) noteChangedText(change, text);
    return judgedByChange(workspace.targets, change, workspace.services.shared.workspace.IndexManager);
}

export function registerCheck(program: Command, io: { out: (s: string) => void; err: (s: string) => void }, setExit: (code: number) => void): void {
    program.command('check')
        .description('check every .rog file under the paths against the language and the statutory requirements')
        .argument('[paths...]', 'files or folders (default: the current folder)')
        .addOption(choiceOption('-f, --format <format>', 'report format', Object.keys(FORMATTERS), 'text'))
        .option('--at <date>', 'judge deadlines and follow-up as of this date (YYYY-MM-DD; default: today)')
        .option('--max-warnings <n>', 'also fail (exit 1) when there are more than n warnings (default: no limit: warnings alone never fail)', parseCount)
        .option('--changed-since <rev>', 'check only the files changed since the branch forked from this git revision (its merge base with HEAD, as git diff REV...HEAD; REV itself when it is an ancestor of HEAD), plus uncommitted and untracked ones, and the files whose findings the change can alter (those that refer to a changed file or name what it names); needs git (default: every file under the paths)')
        .option('--root <folder>', 'workspace root whose files are loaded for cross-file references (default: nearest folder with rogatory.json or .git)')
        .addHelpText('after', `
Every .rog file of the workspace is loaded so that references across files resolve;
only the files under the given paths are reported. Files excluded by rogatory.json
are checked when named explicitly. Formats: text (path:line:col severity code message),
json, sarif (SARIF 2.1.0), junit (JUnit XML: an error is a failed test, a warning a
skipped one, or a failed one beyond --max-warnings), github (workflow annotations).

Examples:
  rogatory check .                                  every .rog file under the current folder
  rogatory check requests/REG-2026-0101.rog --at 2026-11-22
  rogatory check . --format sarif > rogatory.sarif  for code scanning (see docs/ci.md)

Exit codes:
  0  no errors (warnings and information may have been reported)
  1  errors found, or more warnings than --max-warnings
  2  usage error or unreadable path; with --changed-since, an unknown revision,
     no merge base with HEAD (in a shallow clone: fetch more history), a workspace
     in no git repository, or no git command; or a report that could not be
     written whole (a full disk)`)
        .action(async (paths: string[], options: { format: string; at?: string; root?: string; maxWarnings?: number; changedSince?: string }) => {
            const bar = progressBar();
            let result: CheckResult;
            try {
                result = await checkPaths(paths, { ...options, onProgress: bar?.update, note: io.err });
            } finally {
                bar?.stop();
            }
            const counts = countBySeverity(result.findings);
            const tooManyWarnings = options.maxWarnings !== undefined && counts.warning > options.maxWarnings;
            const output = FORMATTERS[options.format](result, { warningsFail: tooManyWarnings });
            if (output) io.out(output);
            if (options.format === 'text') {
                io.err(`${result.files} file${result.files === 1 ? '' : 's'} checked: ${counts.error} error(s), ${counts.warning} warning(s), ${counts.info} information item(s)`);
            }
            if (tooManyWarnings && counts.error === 0) {
                io.err(`rogatory: ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, more than --max-warnings ${options.maxWarnings}`);
            }
            setExit(counts.error > 0 || tooManyWarnings ? ExitCode.Findings : ExitCode.Ok);
        });
}

function parseCount(value: string): number {
    if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings expects a whole number, not '${value}'`);
    return Number(value);
}

/** A progress bar on an interactive terminal only: never in CI logs or piped output. */
function progressBar(): { update: (done: number, total: number) => void; stop: () => void } | undefined {
    if (!process.stderr.isTTY || process.env.CI) return undefined;
    let bar: SingleBar | undefined;
    return {
        update: (done, total) => {
            if (total < 50) return; // not worth a bar
            if (!bar) {
                bar = new SingleBar({ stream: process.stderr, format: 'checking {bar} {value}/{total} files', hideCursor: true, clearOnComplete: true });
                bar.start(total, 0);
            }
            bar.update(done);
        },
        stop: () => bar?.stop()
    };
}
