import type { CheckResult } from './diagnostics.js';
import { formatGithub } from './github.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';

/** `path:line:col severity code message`, one finding per line. */
export function formatText(result: CheckResult): string {
    return result.findings
        .map(f => `${f.file}:${f.range.start.line}:${f.range.start.column} ${f.severity} ${f.code} ${f.message}`)
        .join('\n');
}

/** `{ "files": N, "diagnostics": [ { file, range, severity, code, provision, message } ] }` */
export function formatJson(result: CheckResult): string {
    return JSON.stringify({ files: result.files, diagnostics: result.findings }, null, 2);
}

export const FORMATTERS: Record<string, (result: CheckResult) => string> = {
    text: formatText,
    json: formatJson,
    sarif: result => formatSarif(result),
    junit: result => formatJunit(result, result.checkedFiles ?? []),
    github: formatGithub
};
