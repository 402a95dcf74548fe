import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { fileSystemReason } from './file-system-errors.js';
import { relativeInside } from './paths.js';

/**
 * What the workspace makes of a symbolic link met in a folder it traverses (Langium's traversal passes
 * over every one): the one rule of `rogatory check` (and the other commands) and of the language server.
 * A link named `.rog` to a file inside the workspace is followed: a request may be filed as a link to a
 * file kept elsewhere in the repository. Any other link is passed over, and said: one to a folder (a link
 * may make a cycle), one leading outside the workspace (a clone of the repository may not have its
 * target), a broken one. Who follows a link reads the file once (`real` tells a second name of a file
 * read anyway).
 */
export type SymbolicLinkVerdict =
    | { follow: true; /** The target's real path. */ real: string }
    | { follow: false; /** Why, in words: "it leads outside the workspace, to '/x/c.rog'". */ reason: string; /** It leads to a folder. */ folder?: boolean }
    /** Passed over without a word: no symbolic link (a named pipe, a socket), gone since the folder was read, or a link to a file not named `.rog`. */
    | undefined;

/** The verdict on the symbolic link at `link`, for a workspace whose folders have the real paths `realRoots`. */
export function judgeSymbolicLink(link: string, realRoots: readonly string[]): SymbolicLinkVerdict {
    let stat: Stats;
    let real: string;
    try {
        if (!lstatSync(link).isSymbolicLink()) return undefined;
    } catch {
        return undefined;
    }
    try {
        real = realpathSync(link);
        stat = statSync(real);
    } catch (error) {
        return { follow: false, reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'its target does not exist' : fileSystemReason(error) };
    }
    if (stat.isDirectory()) return { follow: false, reason: 'it leads to a folder, and links to folders are not followed', folder: true };
    if (!link.endsWith('.rog')) return undefined;
    if (!realRoots.some(root => relativeInside(root, real) !== undefined)) return { follow: false, reason: `it leads outside the workspace, to '${real}'` };
    if (!stat.isFile()) return { follow: false, reason: `it leads to ${specialFile(stat)}, not a file` };
    return { follow: true, real };
}

/** What a path that is neither a file nor a folder is, in words. */
export function specialFile(stat: Stats): string {
    return stat.isFIFO() ? 'a named pipe (FIFO)' : stat.isSocket() ? 'a socket' : stat.isCharacterDevice() || stat.isBlockDevice() ? 'a device' : 'a special file';
}
