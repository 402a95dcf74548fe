import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { isModel, isRequest, type Request } from '../../packages/language/src/index.js';
import { loadWorkspace, type LoadedWorkspace } from '../../packages/cli/src/workspace.js';

export const REPO = path.resolve(__dirname, '../..');

/** Loads the repository's workspace (examples + declarations + built-in library) with the given targets. */
export async function loadRequests(...files: string[]): Promise<{ workspace: LoadedWorkspace; requests: Map<string, Request> }> {
    const workspace = await loadWorkspace(files.map(f => path.join(REPO, f)), { root: REPO });
    const requests = new Map<string, Request>();
    for (const document of workspace.targets) {
        const root = document.parseResult.value;
        if (isModel(root)) for (const r of root.elements.filter(isRequest)) requests.set(r.name, r);
    }
    return { workspace, requests };
}

/** The parts of a .docx that tests read back. */
export function docxParts(bytes: Uint8Array): Record<string, string> {
    const files = unzipSync(bytes);
    return Object.fromEntries(Object.entries(files).filter(([name]) => name.endsWith('.xml')).map(([name, data]) => [name, strFromU8(data)]));
}

export function hasCommand(command: string): boolean {
    return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

/**
 * The tools these tests read PDFs with (Debian poppler-utils, libreoffice-writer-nogui), which
 * .ci/run installs. Tests never install them; on a machine without them they are skipped,
 * except in CI where a missing tool must fail.
 */
export const HAS_POPPLER = hasCommand('pdftotext') && hasCommand('pdfinfo') && hasCommand('pdftoppm');
export const HAS_LIBREOFFICE = hasCommand('libreoffice') || hasCommand('soffice');
export const SKIP_WITHOUT_POPPLER = !HAS_POPPLER && !process.env.CI;
export const SKIP_WITHOUT_LIBREOFFICE = !HAS_LIBREOFFICE && !process.env.CI;

export function tempDir(prefix: string): string {
    return fs.mkdtempSync(path.join(os.tmpdir(), `rogatory-${prefix}-`));
}

export function pdfText(file: string, ...args: string[]): string {
    return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
}

export function pdfInfo(file: string): { pages: number; width: number; height: number } {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
    return { pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), width: Number(size[1]), height: Number(size[2]) };
}

/** Words of each page with their boxes (points, origin top left), from `pdftotext -bbox`. */
export function pdfWords(file: string): Array<Array<{ text: string; xMin: number; yMin: number; xMax: number; yMax: number }>> {
    const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return html.split(/<page /).slice(1).map(page => [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
        .map(m => ({ xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, '\'') })));
}
