import { lineSafe, type CheckResult } from './diagnostics.js';
import { formatGithub } from './github.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';

/** `path:line:col severity code message`, one finding per line, whatever the file is named (`lineSafe`). */
export function formatText(result: CheckResult): string {
    return result.findings
        .map(f => lineSafe(`${f.file}:${f.range.start.line}:${f.range.start.column} ${f.severity} ${f.code} ${f.message}`))
        .join('\n');
}

/** `{ "files": N, "diagnostics": [ { file, range, severity, code, provision, message } ] }` */
export function formatJson(result: CheckResult): string {
    return JSON.stringify({ files: result.files, diagnostics: result.findings }, null, 2);
}

/** What a report may need to know of the run beyond its findings. */
export interface ReportOptions {
    /** Warnings fail the run (more of them than --max-warnings): JUnit then reports them as failures. */
    warningsFail?: boolean;
}

export const FORMATTERS: Record<string, (result: CheckResult, options?: ReportOptions) => string> = {
    text: formatText,
    json: formatJson,
    sarif: result => formatSarif(result),
    junit: (result, options) => formatJunit(result, result.checkedFiles ?? [], options?.warningsFail),
    github: formatGithub
};
