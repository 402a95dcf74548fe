import type { Command } from 'commander';
import { Option } from 'commander';
import { isValidDate } from '@rogatory/language';
import { ExitCode, UsageError } from '../exit-codes.js';
import { countBySeverity, toFinding, type CheckResult } from '../report/diagnostics.js';
import { FORMATTERS } from '../report/formats.js';
import { loadWorkspace } from '../workspace.js';

export interface CheckOptions {
    format: string;
    at?: string;
    root?: string;
}

/** Loads the workspace, validates the files under `paths` (fast and slow checks) and collects the findings. */
export async function checkPaths(paths: string[], options: { at?: string; root?: string } = {}): Promise<CheckResult> {
    if (options.at !== undefined && !isValidDate(options.at)) {
        throw new UsageError(`--at expects a date as YYYY-MM-DD, not '${options.at}'`);
    }
    const workspace = await loadWorkspace(paths, { root: options.root });
    workspace.services.rogatory.Settings.asOf = options.at;
    const validator = workspace.services.validation.DocumentValidator;
    const findings = [];
    for (const document of workspace.targets) {
        const diagnostics = await validator.validateDocument(document, { categories: ['built-in', 'fast', 'slow'] });
        const inOrder = [...diagnostics].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
        findings.push(...inOrder.map(d => toFinding(document, d)));
    }
    return { files: workspace.targets.length, findings };
}

export function registerCheck(program: Command, io: { out: (s: string) => void; err: (s: string) => void }, setExit: (code: number) => void): void {
    program.command('check')
        .description('check every .rog file under the paths against the language and the statutory requirements')
        .argument('[paths...]', 'files or folders (default: the current folder)')
        .addOption(new Option('-f, --format <format>', 'report format').choices(Object.keys(FORMATTERS)).default('text'))
        .option('--at <date>', 'judge deadlines and follow-up as of this date (YYYY-MM-DD; default: today)')
        .option('--root <folder>', 'workspace root whose files are loaded for cross-file references (default: nearest folder with rogatory.json or .git)')
        .addHelpText('after', `
Every .rog file of the workspace is loaded so that references across files resolve;
only the files under the given paths are reported. Files excluded by rogatory.json
are checked when named explicitly.

Exit codes:
  0  no errors (warnings and information may have been reported)
  1  errors found
  2  usage error or unreadable path`)
        .action(async (paths: string[], options: CheckOptions) => {
            const result = await checkPaths(paths, options);
            const output = FORMATTERS[options.format](result);
            if (output) io.out(output);
            const counts = countBySeverity(result.findings);
            if (options.format === 'text') {
                io.err(`${result.files} file${result.files === 1 ? '' : 's'} checked: ${counts.error} error(s), ${counts.warning} warning(s), ${counts.info} information item(s)`);
            }
            setExit(counts.error > 0 ? ExitCode.Findings : ExitCode.Ok);
        });
}

export { UsageError };
