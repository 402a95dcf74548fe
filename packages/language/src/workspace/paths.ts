import * as path from 'node:path';

/**
 * `target` relative to `root` when it is `root` itself ('') or inside it; undefined when it leads
 * out (`..`, another drive). What the CLI shows from the current folder, and where the editor
 * exports documents, are decided by this one test.
 */
export function relativeInside(root: string, target: string): string | undefined {
    const relative = path.relative(root, target);
    return relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative) ? undefined : relative;
}
