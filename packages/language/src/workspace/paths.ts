import * as path from 'node:path';

export interface InsideOptions {
    /** The folder itself is not inside it: a file to write or to read there, never the folder. */
    strictly?: boolean;
    /** The path rules to apply (`path.win32`, `path.posix`): the running platform's by default. */
    paths?: path.PlatformPath;
}

/**
 * `target` relative to `root` when it is `root` itself ('', unless `strictly`) or inside it; undefined
 * when it leads out (`..`, `../out2`, another drive). A name that only starts with two dots (`..x`)
 * is inside. Lexical: a symbolic link is not followed (compare `fs.realpath`s for that). What the CLI
 * shows from the current folder, where the editor exports documents, where `rogatory build` writes
 * (`generator/output-folder.ts`) and which annex files stay in the workspace (`generator/export-request.ts`)
 * are decided by this one test.
 */
export function relativeInside(root: string, target: string, options: InsideOptions = {}): string | undefined {
    const paths = options.paths ?? path;
    const relative = paths.relative(root, target);
    if (relative === '' && options.strictly) return undefined;
    return relative === '..' || relative.startsWith(`..${paths.sep}`) || paths.isAbsolute(relative) ? undefined : relative;
}
