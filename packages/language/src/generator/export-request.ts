import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import type { Request } from '../generated/ast.js';
import { relativeInside } from '../workspace/paths.js';
import { generate, type GenerateOptions } from './index.js';
import type { OutputFolder, WriteRefusal } from './output-folder.js';

/** How to export: the generator's options, the workspace annexes must stay in, and whether to replace. */
export interface ExportOptions extends GenerateOptions {
    /** Annex files must resolve inside this folder. */
    workspaceRoot: string;
    /** Replace files that are not earlier, unmodified outputs of the same request. */
    force?: boolean;
}

export type ExportOutcome =
    | { written: string[]; warnings: string[] }
    /** `replaceable`: forcing would write it (files that are not earlier outputs of this request). */
    | { refused: string; replaceable?: boolean };

/**
 * Writes one request's documents into an output folder: the one path shared by `rogatory
 * build` and the editor's "Export as DOCX / PDF", so both refuse the same things (annexes
 * outside the workspace, files that are not earlier outputs of the same request).
 * Refusing a request with errors is the caller's (it reports them its own way).
 */
export async function exportRequest(request: Request, document: LangiumDocument, out: OutputFolder, options: ExportOptions): Promise<ExportOutcome> {
    // Its files and the manifest's record of them are named after the reference (`request {` read without one, as a draft).
    if (!request.name) return { refused: 'it has no reference (`request OTP-2026-NNNN {`), which its files are named after' };
    const source = path.relative(options.workspaceRoot, document.uri.fsPath);
    const escaping = await annexesLeavingWorkspace(request, document, options.workspaceRoot);
    if (escaping.length > 0) {
        return { refused: `annex file ${escaping.map(a => `'${a}'`).join(', ')} is outside the workspace (${options.workspaceRoot})` };
    }
    const files = await generate(request, options);
    const refusals = (await Promise.all(files.map(f => out.check(f.fileName, request.name, options.force ?? false))))
        .filter((r): r is WriteRefusal => r !== undefined);
    if (refusals.length > 0) {
        const replaceable = refusals.every(r => r.kind === 'not-ours' && r.reason !== 'not-a-file');
        return { refused: refusals.map(describeRefusal).join('; '), replaceable };
    }
    const earlier = await out.outputsOf(request.name);
    const written: string[] = [];
    const firstLang = typeof options.lang === 'string' ? options.lang : options.lang[0];
    const warnings: string[] = [];
    for (const file of files) {
        written.push(await out.write(file.fileName, file.content, request.name, source));
        if (file.lang === firstLang) warnings.push(...file.warnings);
    }
    // Outputs of an earlier build in other formats or languages would otherwise sit beside the new ones, undated.
    const rebuilt = new Set(files.map(f => f.fileName));
    const stale = earlier.filter(name => !rebuilt.has(name));
    if (stale.length > 0) {
        warnings.push(`${stale.join(', ')} ${stale.length === 1 ? 'is' : 'are'} from an earlier build, not rebuilt now, and may be out of date (delete, or build those formats and languages too)`);
    }
    return { written, warnings: [...new Set(warnings)] };
}

/**
 * How a message names a request: its reference, or, where the parser read none (`request {`), the line it starts on
 * and, when given, its file.
 */
export function requestLabel(request: Request, file?: string): string {
    if (request.name) return request.name;
    const line = (request.$cstNode?.range.start.line ?? 0) + 1;
    return `the request without a reference on line ${line}${file ? ` of ${file}` : ''}`;
}

/** Annex `file` paths (relative to the request's file) that resolve outside the workspace root, symbolic links followed. */
export async function annexesLeavingWorkspace(request: Request, document: LangiumDocument, workspaceRoot: string): Promise<string[]> {
    const isInside = (root: string, p: string) => relativeInside(root, p, { strictly: true }) !== undefined;
    const root = path.resolve(workspaceRoot);
    const realRoot = await fs.realpath(root).catch(() => root);
    const escaping: string[] = [];
    for (const annex of request.annexes) {
        if (!annex.file) continue;
        const lexical = path.resolve(path.dirname(document.uri.fsPath), annex.file);
        const real = await fs.realpath(lexical).catch(() => undefined);
        if (!isInside(root, lexical) || (real !== undefined && !isInside(realRoot, real))) escaping.push(annex.file);
    }
    return escaping;
}

export function describeRefusal(refusal: WriteRefusal): string {
    if (refusal.kind === 'outside-out') return `'${refusal.file}' would be written outside the output folder`;
    switch (refusal.reason) {
        case 'not-a-file': return `'${refusal.file}' exists and is not a regular file`;
        case 'other-request': return `'${refusal.file}' is an output of request ${refusal.owner}`;
        case 'modified': return `'${refusal.file}' was changed since it was built`;
        default: return `'${refusal.file}' exists and was not written by rogatory`;
    }
}
