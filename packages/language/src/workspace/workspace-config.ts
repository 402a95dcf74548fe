import picomatch from 'picomatch';
import { URI, UriUtils, type FileSystemProvider } from 'langium';
import { fileSystemReason } from './file-system-errors.js';
import { readRegularFile } from './regular-files.js';

/**
 * `rogatory.json` at the root of a workspace (a repository of requests):
 *
 *     { "exclude": ["examples/invalid/**", "test/**"] }
 *
 * Excluded files are not loaded when a folder is traversed (by the language server or
 * `rogatory check`), as with tsconfig's `exclude`: a file or folder named explicitly on
 * the command line is still checked.
 */
export interface WorkspaceConfig {
    readonly exclude: readonly string[];
}

export const CONFIG_FILE = 'rogatory.json';

/** Folders never traversed: installed packages and hidden folders (.git). */
const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/.*/**'];

export class WorkspaceExcludes {
    private readonly matchers: Array<{ root: string; match: (path: string) => boolean }> = [];

    add(root: URI, config: WorkspaceConfig): void {
        const match = picomatch([...ALWAYS_EXCLUDED, ...config.exclude], { dot: true });
        this.matchers.push({ root: root.path.replace(/\/$/, ''), match });
    }

    /** True if the entry lies under a known root and one of that root's patterns matches it. */
    isExcluded(uri: URI, isDirectory: boolean): boolean {
        for (const { root, match } of this.matchers) {
            if (uri.path === root || !uri.path.startsWith(root + '/')) continue;
            const relative = uri.path.slice(root.length + 1);
            if (match(relative) || (isDirectory && match(relative + '/'))) return true;
        }
        return false;
    }
}

export async function readWorkspaceConfig(fs: FileSystemProvider, root: URI): Promise<WorkspaceConfig> {
    const uri = UriUtils.joinPath(root, CONFIG_FILE);
    if (!(await fs.exists(uri))) return { exclude: [] };
    let text: string;
    try {
        text = uri.scheme === 'file' ? await readRegularFile(uri.fsPath) : await fs.readFile(uri);
    } catch (error) {
        // A folder or a named pipe of that name (Node's "EISDIR: illegal operation on a directory, read" says which file not at all).
        throw new Error(`${uri.fsPath}: cannot be read: ${fileSystemReason(error)}`);
    }
    let parsed: unknown;
    try {
        // A byte order mark (Windows Notepad and PowerShell write one) is no part of the JSON, as RFC 8259 § 8.1
        // lets a parser ignore it; JSON.parse refuses it, with a message quoting a character nobody sees.
        parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
        throw new Error(`${uri.fsPath}: not valid JSON (${(error as Error).message})`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new Error(`${uri.fsPath}: must be an object, such as { "exclude": ["drafts/**"] }`);
    }
    // A misspelt key ("exlude") would otherwise be ignored, and the folders it meant checked.
    const unknown = Object.keys(parsed).filter(key => key !== 'exclude');
    if (unknown.length) {
        throw new Error(`${uri.fsPath}: unknown setting ${unknown.map(k => `"${k}"`).join(', ')}; the only setting is "exclude"`);
    }
    const exclude = (parsed as { exclude?: unknown }).exclude ?? [];
    if (!Array.isArray(exclude) || exclude.some(e => typeof e !== 'string')) {
        throw new Error(`${uri.fsPath}: "exclude" must be a list of glob patterns`);
    }
    return { exclude: exclude as string[] };
}

