import * as path from 'node:path';

/**
 * File-system failures in words, the one wording of the CLI (`rogatory: cannot create the folder
 * 'out': permission denied`) and of the language server's export (`REG-1 not exported: cannot create
 * the folder 'build/documents': permission denied; make it writable, or choose another folder...`),
 * not Node's "EACCES: permission denied, mkdir '/abs/out'".
 */

/** The code of an error Rogatory raises itself for a symbolic link whose target does not exist (Node would say EEXIST or ENOENT). */
export const BROKEN_LINK = 'ERR_ROGATORY_BROKEN_LINK';

/**
 * The code of an error Rogatory raises itself for a path read as a file that is none (a named pipe, a device, a socket,
 * a folder put in a file's place), whose message says what it is: "it is a named pipe (FIFO), not a file".
 */
export const NOT_A_FILE = 'ERR_ROGATORY_NOT_A_FILE';

/** Why, by Node's error code; and, for writing, what to do about it where there is something to do. */
const FAILURES: Record<string, { reason: string; remedy?: string }> = {
    [BROKEN_LINK]: { reason: 'it is a broken symbolic link (its target does not exist)', remedy: 'remove the link or restore its target' },
    EACCES: { reason: 'permission denied', remedy: 'make it writable' },
    EPERM: { reason: 'operation not permitted', remedy: 'make it writable' },
    ENOENT: { reason: 'no such file or directory' },
    ENOTDIR: { reason: 'a file is in the way where a folder should be', remedy: 'move that file away' },
    EISDIR: { reason: 'it is a folder' },
    EEXIST: { reason: 'a file of that name is in the way', remedy: 'move that file away' },
    EROFS: { reason: 'read-only file system' },
    ENOSPC: { reason: 'no space left on the device', remedy: 'free some space' },
    ELOOP: { reason: 'too many symbolic links' }
};

/** A file-system failure's reason in words ("permission denied"); an error of another kind, its message. */
export function fileSystemReason(error: unknown): string {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    return (code && FAILURES[code]?.reason) ?? String((error as Error | undefined)?.message ?? error);
}

/** What the system call failed to do, in words. */
const ACTIONS: Record<string, string> = {
    open: 'open', mkdir: 'create the folder', rename: 'write', write: 'write', scandir: 'read the folder',
    unlink: 'remove', stat: 'read', lstat: 'read', copyfile: 'copy to', chmod: 'set the permissions of'
};

export interface FileSystemFailure {
    /** "cannot create the folder 'out': permission denied". */
    sentence: string;
    /** What to do about it when writing, if the code says ("make it writable"). */
    remedy?: string;
}

/**
 * A failure of the file system as one sentence: what could not be done where, and why. The path is
 * the error's (a temporary file of an atomic write shown as the folder it was written in), as `shown`
 * gives it (from the current folder, from the workspace); without one, the folder being written in
 * (`writingIn`), when the code is one of a file system refusing. Undefined for any other failure.
 */
export function fileSystemFailure(error: unknown, shown: (absolute: string) => string, writingIn?: string): FileSystemFailure | undefined {
    const e = error as NodeJS.ErrnoException | undefined;
    if (!e?.code) return undefined;
    const remedy = FAILURES[e.code]?.remedy;
    if (!e.path || !e.syscall) {
        return writingIn !== undefined && FAILURES[e.code] ? { sentence: `cannot write in '${shown(path.resolve(writingIn))}': ${fileSystemReason(e)}`, remedy } : undefined;
    }
    const temporary = /^\..*\.tmp$/.test(path.basename(e.path));
    const at = path.resolve(temporary ? path.dirname(e.path) : e.path);
    const action = temporary ? 'write in' : ACTIONS[e.syscall] ?? e.syscall;
    return { sentence: `cannot ${action} '${shown(at)}': ${fileSystemReason(e)}`, remedy };
}
