import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import { relativeInside } from '@rogatory/language';
import type { Diagnostic } from 'vscode-languageserver-types';

export type SeverityName = 'error' | 'warning' | 'info' | 'hint';

/** One finding, as every report format sees it. Lines and columns are 1-based. */
export interface Finding {
    readonly file: string;
    readonly range: { start: { line: number; column: number }; end: { line: number; column: number } };
    readonly severity: SeverityName;
    readonly code: string;
    /** The provision the rule enforces (null for rules of the language itself and syntax errors). */
    readonly provision: string | null;
    readonly message: string;
    /** Set when the rule rests on data the dossier marks NOT VERIFIED. */
    readonly unverified?: string;
}

export interface CheckResult {
    readonly files: number;
    readonly findings: Finding[];
    /** The checked files, relative to the current folder (for per-file reports). */
    readonly checkedFiles?: string[];
    /**
     * The top of the git repository holding the workspace, if any: code scanning (SARIF) and
     * workflow annotations name files from there, whatever folder the check was run from.
     */
    readonly repositoryRoot?: string;
}

const SEVERITIES: SeverityName[] = ['error', 'warning', 'info', 'hint'];

/** A path as reports and messages show it: relative to the current folder. */
export function shownPath(file: string, cwd = process.cwd()): string {
    return path.relative(cwd, file) || file;
}

/**
 * `file` relative to the current folder when it lies under it (`.` for the folder itself), else
 * undefined: a message then says it in full or as typed (`/tmp/out`, not `../../tmp/out`).
 */
export function relativeIfUnder(file: string, cwd = process.cwd()): string | undefined {
    const relative = relativeInside(cwd, path.resolve(file));
    return relative === undefined ? undefined : relative || '.';
}

/**
 * A finding's file (as `shownPath` gives it) relative to the repository root, with `/`: what
 * GitHub takes as a file of the repository (code scanning resolves a relative SARIF URI from the
 * checkout, not from `uriBaseId`; the runner an annotation's `file`). Undefined for a file
 * outside the repository, or when there is none.
 */
export function repositoryPath(file: string, root: string | undefined, cwd = process.cwd()): string | undefined {
    if (root === undefined) return undefined;
    const relative = path.relative(root, path.resolve(cwd, file));
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
    return relative.split(path.sep).join('/');
}

/**
 * A text as one line of a human-readable report (the text format, a line on stderr), whatever it
 * holds: a control character (a line break, a tab, an escape sequence) or an invisible direction
 * mark (U+202E, which a terminal obeys and reverses the rest of the line with) is written as JSON
 * writes it, `\n`, `\t`, `\u001b`, `\u202e`. A file may be named with any of them (Linux allows all but
 * `/` and NUL), and the report must still be one finding per line, each naming its file unmistakably.
 * A backslash is left as it is: Windows separates folders with it.
 */
export function lineSafe(text: string): string {
    return text.replace(/[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g, c => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
const ESCAPES: Record<string, string> = { '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r' };

/** A document's path as reports show it. */
export function reportedPath(document: LangiumDocument, cwd = process.cwd()): string {
    return shownPath(document.uri.fsPath, cwd);
}

/** A diagnostic of the file at `file` (as `reportedPath` gives it) as a finding. */
export function toFinding(file: string, diagnostic: Diagnostic): Finding {
    const data = (diagnostic.data ?? {}) as { code?: string; provision?: string; unverified?: string };
    const code = String(diagnostic.code ?? data.code ?? 'unknown');
    return {
        file,
        range: {
            start: { line: diagnostic.range.start.line + 1, column: diagnostic.range.start.character + 1 },
            end: { line: diagnostic.range.end.line + 1, column: diagnostic.range.end.character + 1 }
        },
        severity: SEVERITIES[(diagnostic.severity ?? 1) - 1] ?? 'error',
        code,
        provision: data.provision ?? null,
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        ...(data.unverified ? { unverified: data.unverified } : {})
    };
}

export function countBySeverity(findings: readonly Finding[]): Record<SeverityName, number> {
    const counts: Record<SeverityName, number> = { error: 0, warning: 0, info: 0, hint: 0 };
    for (const f of findings) counts[f.severity]++;
    return counts;
}
