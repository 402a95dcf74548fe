import { closeSync, constants, fstatSync, openSync, promises, type Stats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { NOT_A_FILE } from './file-system-errors.js';
import { specialFile } from './symbolic-links.js';

/**
 * Opens `file` to read it, and says what it is: a named pipe is opened without waiting for a writer (O_NONBLOCK,
 * which regular files ignore; without it the open waits for ever, and the language server with it), and what is no
 * regular file is refused with NOT_A_FILE before a byte is read.
 */
export function openRegularFile(file: string): { fd: number; size: number } {
    const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
        const stat = fstatSync(fd);
        if (!stat.isFile()) throw notAFile(stat);
        return { fd, size: stat.size };
    } catch (error) {
        closeSync(fd);
        throw error;
    }
}

/** The same, asynchronously, with a file handle. */
export async function openRegularFileHandle(file: string): Promise<{ handle: FileHandle; size: number }> {
    const handle = await promises.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
        const stat = await handle.stat();
        if (!stat.isFile()) throw notAFile(stat);
        return { handle, size: stat.size };
    } catch (error) {
        await handle.close();
        throw error;
    }
}

function notAFile(stat: Stats): Error {
    // A folder in words as Node's EISDIR is said (file-system-errors.ts).
    return Object.assign(new Error(stat.isDirectory() ? 'it is a folder' : `it is ${specialFile(stat)}, not a file`), { code: NOT_A_FILE });
}

/** The text of `file`, read only if it is a regular file (NOT_A_FILE at once if not): rogatory.json, a build's manifest. */
export async function readRegularFile(file: string): Promise<string> {
    const { handle } = await openRegularFileHandle(file);
    try {
        return await handle.readFile('utf8');
    } finally {
        await handle.close();
    }
}
