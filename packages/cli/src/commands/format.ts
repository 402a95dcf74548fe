import * as fs from 'node:fs/promises';
import type { Command } from 'commander';
import { TextDocument } from 'langium';
import { hasSyntaxErrors, writeAtomically } from '@rogatory/language';
import { ExitCode } from '../exit-codes.js';
import { lineSafe, reportedPath } from '../report/diagnostics.js';
import { loadWorkspace } from '../workspace.js';

export interface FormatResult {
    /** Files not in the house style (rewritten, unless only checking). */
    changed: string[];
    /** Files left alone, and why: syntax errors (the formatter never guesses), a symbolic link, a read-only file. */
    skipped: Array<{ file: string; reason: string }>;
    files: number;
}

/**
 * Formats the `.rog` files under `paths` with the language server's formatter (the house style of
 * `examples/`; whitespace only, checked token by token), rewriting each changed file atomically,
 * or, with `check`, only says which files would change.
 */
export async function formatPaths(paths: string[], options: { check?: boolean; root?: string; note?: (line: string) => void } = {}): Promise<FormatResult> {
    // Formatting reads each file on its own: nothing else is parsed, nothing is linked.
    const workspace = await loadWorkspace(paths, { root: options.root, targetsOnly: true, note: options.note });
    const formatter = workspace.services.lsp.Formatter;
    const result: FormatResult = { changed: [], skipped: [], files: workspace.targets.length };
    for (const document of workspace.targets) {
        const shown = reportedPath(document);
        if (hasSyntaxErrors(document) || !formatter) {
            result.skipped.push({ file: shown, reason: 'it has syntax errors (see rogatory check)' });
            continue;
        }
        const edits = await formatter.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 2, insertSpaces: true } });
        const before = document.textDocument.getText();
        let after = TextDocument.applyEdits(document.textDocument, edits);
        // A byte-order mark is not whitespace to the author (editors hide it): keep it.
        if (before.startsWith('\uFEFF') && !after.startsWith('\uFEFF')) after = `\uFEFF${after.replace(/^\s*/, '')}`;
        if (after === before) continue;
        if (!options.check) {
            // Renaming over a symbolic link would replace the link, not the file it points to.
            const stat = await fs.lstat(document.uri.fsPath);
            if (stat.isSymbolicLink()) {
                result.skipped.push({ file: shown, reason: 'it is a symbolic link; format the file it points to' });
                continue;
            }
            // The rename would replace a file its owner made read-only (or one we may not write) as if it were not.
            if ((stat.mode & 0o222) === 0 || !(await fs.access(document.uri.fsPath, fs.constants.W_OK).then(() => true, () => false))) {
                result.skipped.push({ file: shown, reason: 'it is read-only' });
                continue;
            }
            await writeAtomically(document.uri.fsPath, Buffer.from(after, 'utf8'), stat.mode & 0o7777);
        }
        result.changed.push(shown);
    }
    return result;
}

export function registerFormat(program: Command, io: { out: (s: string) => void; err: (s: string) => void }, setExit: (code: number) => void): void {
    program.command('format')
        .description('format .rog files in the house style of examples/ (the editor\'s formatter), or with --check only list those that are not')
        .argument('[paths...]', 'files or folders (default: the current folder)')
        .option('--check', 'change nothing; list the files that are not formatted and exit 1 if there are any')
        .option('--root <folder>', 'workspace root, whose rogatory.json excludes apply (default: nearest folder with rogatory.json or .git)')
        .addHelpText('after', `
Only whitespace between tokens changes, and a file with syntax errors is left as
it is (run \`rogatory check\` to see them), as are symbolic links and read-only
files. Files are rewritten atomically.

Examples:
  rogatory format .            rewrite the .rog files under the current folder that
                               are not in the house style
  rogatory format --check .    in CI or a pre-commit hook: change nothing, list
                               the files that are not formatted

Exit codes:
  0  every file is formatted (or, without --check, was rewritten); files
     skipped (syntax errors, symbolic links, read-only) are named on stderr and
     do not change the exit code
  1  with --check: some files are not formatted (listed on stdout)
  2  usage error or unreadable path`)
        .action(async (paths: string[], options: { check?: boolean; root?: string }) => {
            const result = await formatPaths(paths, { ...options, note: io.err });
            if (result.changed.length) io.out(result.changed.map(lineSafe).join('\n'));
            for (const { file, reason } of result.skipped) io.err(`${lineSafe(file)}: not formatted: ${reason}`);
            const verb = options.check ? 'not formatted' : 'formatted';
            // Refused by a pre-commit hook or a CI step, the author learns what to run, not only which files.
            const remedy = options.check && result.changed.length > 0 ? ` (\`rogatory format\` on ${result.changed.length === 1 ? 'it' : 'them'} rewrites the whitespace in the house style)` : '';
            io.err(`${result.files} file${result.files === 1 ? '' : 's'} read: ${result.changed.length} ${verb}, ${result.skipped.length} skipped${remedy}`);
            setExit(options.check && result.changed.length > 0 ? ExitCode.Findings : ExitCode.Ok);
        });
}
