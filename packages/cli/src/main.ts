import { Command, CommanderError } from 'commander';
import { registerBuild } from './commands/build.js';
import { registerCheck } from './commands/check.js';
import { registerFormat } from './commands/format.js';
import { registerRegister } from './commands/register.js';
import { registerRules } from './commands/rules.js';
import * as path from 'node:path';
import { fileSystemReason } from '@rogatory/language';
import { ExitCode, NotedFailure, UsageError } from './exit-codes.js';
import { lineSafe, relativeIfUnder } from './report/diagnostics.js';

export interface Io {
    out: (s: string) => void;
    err: (s: string) => void;
}

const processIo: Io = {
    out: s => process.stdout.write(s.endsWith('\n') ? s : s + '\n'),
    err: s => process.stderr.write(s.endsWith('\n') ? s : s + '\n')
};

/**
 * Runs `rogatory` with the given argv (node, script, args...) and returns the exit code.
 * Every failure ends in a one-line message on stderr and exit code 2, never a stack trace.
 */
export async function run(argv: string[], io: Io = processIo): Promise<number> {
    let exitCode: number = ExitCode.Ok;
    const setExit = (code: number) => { exitCode = code; };
    const program = new Command('rogatory')
        .description('Check and compile ICC requests for cooperation (Rome Statute, Part 9) written in the Rogatory language.')
        .version('0.1.0')
        .exitOverride()
        // Commander's own usage errors as one line too: "rogatory: unknown option '--fromat' (Did you mean --format?)".
        .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: (message, write) => write(message.trim().replace(/^error: /, 'rogatory: ').replace(/\s*\n\s*/g, ' ')) })
        .showSuggestionAfterError()
        .addHelpText('after', `
Each command's --help gives its options, examples and exit codes (rogatory check --help).
A first run: rogatory check .`);
    registerCheck(program, io, setExit);
    registerRules(program, io, setExit);
    registerRegister(program, io, setExit);
    registerBuild(program, io, setExit);
    registerFormat(program, io, setExit);
    try {
        await program.parseAsync(argv);
        return exitCode;
    } catch (error) {
        if (error instanceof CommanderError) {
            return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
        }
        const failure = error instanceof NotedFailure ? error.failure : error;
        const message = failure instanceof UsageError ? failure.message : fileSystemFailure(failure) ?? `internal error: ${(failure as Error)?.message ?? String(failure)}`;
        io.err(lineSafe(`rogatory: ${message}${error instanceof NotedFailure ? ` (${error.note})` : ''}`));
        return ExitCode.Usage;
    }
}

const ACTIONS: Record<string, string> = {
    open: 'open', mkdir: 'create the folder', rename: 'write', write: 'write', scandir: 'read the folder',
    unlink: 'remove', stat: 'read', lstat: 'read', copyfile: 'copy to', chmod: 'set the permissions of'
};

/**
 * A file-system failure in words: "cannot create the folder 'out': a file of that name is in the
 * way", not Node's "EEXIST: file already exists, mkdir '/abs/out'". A temporary file of an
 * atomic write is shown as the folder it was written in.
 */
function fileSystemFailure(error: unknown): string | undefined {
    const e = error as NodeJS.ErrnoException | undefined;
    if (!e?.code || !e.path || !e.syscall) return undefined;
    const temporary = /^\..*\.tmp$/.test(path.basename(e.path));
    // From the current folder, or in full when it is outside it (`/proc/x`, not `../../proc/x`).
    const at = temporary ? path.dirname(e.path) : e.path;
    const where = relativeIfUnder(at) ?? path.resolve(at);
    const action = temporary ? 'write in' : ACTIONS[e.syscall] ?? e.syscall;
    return `cannot ${action} '${where}': ${fileSystemReason(e)}`;
}
