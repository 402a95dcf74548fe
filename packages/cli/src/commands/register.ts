import * as path from 'node:path';
import type { Command } from 'commander';
import type { LangiumDocument } from 'langium';
import { buildRegister, hasSyntaxErrors, isModel, isRequest, REGISTER_FORMATS, renderRegister, today, type Register, type RegisterFormat } from '@rogatory/language';
import { checkAsOf } from '../as-of.js';
import { ExitCode } from '../exit-codes.js';
import { lineSafe } from '../report/diagnostics.js';
import { choiceOption } from '../options.js';
import { loadWorkspace } from '../workspace.js';

/** Builds the register of every request under `paths`, linked against the whole workspace; `files`: how many .rog files are under them. */
export async function registerOf(paths: string[], options: { at?: string; root?: string; note?: (line: string) => void } = {}): Promise<{ register: Register; files: number }> {
    checkAsOf(options.at);
    const workspace = await loadWorkspace(paths, { root: options.root, note: options.note });
    const requestsOf = (documents: LangiumDocument[]) => documents.flatMap(document => {
        const root = document.parseResult.value;
        const file = path.relative(process.cwd(), document.uri.fsPath);
        return isModel(root) ? root.elements.filter(isRequest).map(request => ({ request, file })) : [];
    });
    const syntaxErrors = workspace.targets.filter(hasSyntaxErrors).map(d => path.relative(process.cwd(), d.uri.fsPath));
    // Follow-ups count wherever they are filed in the workspace, not only under `paths`.
    const register = buildRegister(requestsOf(workspace.targets), options.at ?? today(), requestsOf(workspace.all).map(r => r.request), syntaxErrors);
    return { register, files: workspace.targets.length };
}

export function registerRegister(program: Command, io: { out: (s: string) => void; err: (s: string) => void }, setExit: (code: number) => void): void {
    program.command('register')
        .description('the register of requests: one row per request with its status, next deadline and days overdue, plus summaries')
        .argument('[paths...]', 'files or folders (default: the current folder)')
        .addOption(choiceOption('-f, --format <format>', 'output format', REGISTER_FORMATS, 'csv'))
        .option('--at <date>', 'the register as it stands on this date: status, next deadline and days overdue (YYYY-MM-DD; default: today)')
        .option('--root <folder>', 'workspace root whose files are loaded, for cross-file references and follow-ups filed elsewhere (default: nearest folder with rogatory.json or .git)')
        .addHelpText('after', `
The HTML report is one self-contained page (sortable, filterable table; charts) and carries
the highest classification of the requests it lists. A file with syntax errors is named on
stderr (and in the HTML page): its row may be incomplete; so is a path that holds no request
(the register, empty, is still written). The register goes to stdout.

Examples:
  rogatory register . > register.csv
  rogatory register . --format html --at 2026-11-22 > register.html

Exit codes:
  0  the register was written (also when it is empty, or a file has syntax errors:
     both said on stderr)
  2  usage error or unreadable path: nothing was written`)
        .action(async (paths: string[], options: { format: RegisterFormat; at?: string; root?: string }) => {
            const { register, files } = await registerOf(paths, { ...options, note: io.err });
            // An empty register is still written (exit 0), but a path that names no request is probably not the one meant.
            if (register.rows.length === 0) {
                io.err(lineSafe(`rogatory: no request in ${paths.length ? paths.join(', ') : 'the current folder'} (${files ? 'the files hold declarations only, or nothing' : 'no .rog file there'}): the register is empty`));
            }
            for (const file of register.syntaxErrors) {
                io.err(`rogatory: ${lineSafe(file)}: syntax errors: its requests may be missing from the register or their rows incomplete (rogatory check lists the errors)`);
            }
            // Two requests of one reference are two rows; the register cannot tell which is the real one.
            const filesByReference = new Map<string, string[]>();
            for (const row of register.rows) filesByReference.set(row.reference, [...(filesByReference.get(row.reference) ?? []), row.file]);
            for (const [reference, inFiles] of filesByReference) {
                if (inFiles.length > 1) io.err(lineSafe(`rogatory: ${reference} names ${inFiles.length} requests (${inFiles.join(', ')}): the register lists each; rogatory check reports the name declared twice (declaration-duplicate-name)`));
            }
            io.out(renderRegister(register, options.format));
            setExit(ExitCode.Ok);
        });
}
