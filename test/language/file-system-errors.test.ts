import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { unwritableFolder } from '../../packages/language/src/lsp/custom-requests.js';
import { BROKEN_LINK, fileSystemFailure } from '../../packages/language/src/workspace/file-system-errors.js';
import { run } from '../../packages/cli/src/main.js';

/** A failure as Node raises it (`fs.mkdir` and the like: a code, the system call, the path). */
const failure = (code: string, syscall: string, at: string) => Object.assign(new Error(`${code}: something, ${syscall} '${at}'`), { code, syscall, path: at });

/** What the CLI says of a failure thrown by a command (`run()`'s last catch). */
async function cliSays(error: Error): Promise<string> {
    const lines: string[] = [];
    const io = { out: () => undefined, err: (s: string) => void lines.push(s) };
    // A command whose output fails as a build's write would: the error reaches `run()`.
    const code = await run(['node', 'rogatory', 'rules', '--format', 'md'], { ...io, out: () => { throw error; } });
    expect(code).toBe(2);
    return lines.join('').trim();
}

describe('file-system failures: one wording for the CLI and the language server', () => {
    const root = '/srv/cases';
    const outDir = '/srv/cases/build/documents';
    const at = path.join(outDir, 'REG-1.en.pdf');
    // Each code: the reason, and the server's remedy before "or choose another folder ...".
    const cases: Array<[code: string, syscall: string, sentence: string, remedy: string]> = [
        ['EACCES', 'mkdir', "cannot create the folder 'build/documents': permission denied", 'make it writable, or '],
        ['EPERM', 'open', "cannot open 'build/documents/REG-1.en.pdf': operation not permitted", 'make it writable, or '],
        ['ENOENT', 'mkdir', "cannot create the folder 'build/documents': no such file or directory", ''],
        ['ENOTDIR', 'mkdir', "cannot create the folder 'build/documents': a file is in the way where a folder should be", 'move that file away, or '],
        ['EISDIR', 'rename', "cannot write 'build/documents/REG-1.en.pdf': it is a folder", ''],
        ['EEXIST', 'mkdir', "cannot create the folder 'build/documents': a file of that name is in the way", 'move that file away, or '],
        ['EROFS', 'open', "cannot write in 'build/documents': read-only file system", ''],
        ['ENOSPC', 'write', "cannot write in 'build/documents': no space left on the device", 'free some space, or '],
        ['ELOOP', 'mkdir', "cannot create the folder 'build/documents': too many symbolic links", ''],
        [BROKEN_LINK, 'mkdir', "cannot create the folder 'build/documents': it is a broken symbolic link (its target does not exist)", 'remove the link or restore its target, or ']
    ];

    test.each(cases)('%s', async (code, syscall, sentence, remedy) => {
        // A temporary file of an atomic write (EROFS, ENOSPC here) is said as the folder it was written in.
        const where = ['EROFS', 'ENOSPC'].includes(code) ? path.join(outDir, '.REG-1.en.pdf.0a1b2c.tmp') : ['EPERM', 'EISDIR'].includes(code) ? at : outDir;
        const error = failure(code, syscall, where);
        expect(fileSystemFailure(error, p => path.relative(root, p))?.sentence).toBe(sentence);
        // The editor's export: the same sentence, from the workspace root, then what to do.
        expect(unwritableFolder(error, outDir, root)).toBe(`${sentence}; ${remedy}choose another folder in the setting rogatory.export.folder, then export again`);
        // The CLI: the same sentence, from the current folder.
        const cwd = process.cwd();
        process.chdir('/');
        try {
            expect(await cliSays(error)).toBe(`rogatory: ${sentence.replace(/'build\/documents/, "'srv/cases/build/documents")}`);
        } finally {
            process.chdir(cwd);
        }
    });

    test('a failure without a path is said of the folder being written in; another error is left to the caller', () => {
        const readOnly = Object.assign(new Error("EROFS: read-only file system"), { code: 'EROFS' });
        expect(unwritableFolder(readOnly, '/mnt/cd', root)).toBe("cannot write in '/mnt/cd': read-only file system; choose another folder in the setting rogatory.export.folder, then export again");
        expect(fileSystemFailure(readOnly, p => p)).toBeUndefined();
        expect(unwritableFolder(new Error('something else'), '/mnt/cd', root)).toBeUndefined();
        expect(unwritableFolder(Object.assign(new Error('odd'), { code: 'EWHATEVER' }), '/mnt/cd', root)).toBeUndefined();
    });
});
