import { Command, CommanderError } from 'commander';
import { registerBuild } from './commands/build.js';
import { registerCheck } from './commands/check.js';
import { registerFormat } from './commands/format.js';
import { registerNew } from './commands/new.js';
import { registerRegister } from './commands/register.js';
import { registerRules } from './commands/rules.js';
import { fileSystemFailure } from '@rogatory/language';
import { ExitCode, NotedFailure, UsageError } from './exit-codes.js';
import { lineSafe, relativeIfUnder } from './report/diagnostics.js';

/** Why a write failed, in words ("no space left on the device"): bin/rogatory.js says so of the standard output. */
export { fileSystemReason } from '@rogatory/language';

export interface Io {
    out: (s: string) => void;
    err: (s: string) => void;
}

/**
 * Writes to stdout and stderr in the order they were asked for, whole. Into a pipe, Node writes
 * asynchronously: a write larger than the room left in the pipe (64 KiB on Linux) goes in part, the rest
 * waiting for the reader; a write to the other stream meanwhile goes straight in, and with `2>&1` (both
 * streams the same pipe) the summary line on stderr landed in the middle of a finding on stdout. So a
 * write to one stream waits until everything written to the other has been handed to the system.
 * Writes to the same stream keep their order by themselves and are not held.
 */
export function orderedWriter(): (stream: NodeJS.WritableStream, s: string) => void {
    let current: NodeJS.WritableStream | undefined;
    let inFlight = 0;
    const waiting: Array<[NodeJS.WritableStream, string]> = [];
    const done = () => {
        inFlight--;
        while (waiting.length && (inFlight === 0 || waiting[0][0] === current)) start(...waiting.shift()!);
    };
    // The callback comes with an error too (EPIPE: the reader is gone), which the stream's own 'error' handler deals with.
    const start = (stream: NodeJS.WritableStream, s: string) => {
        current = stream;
        inFlight++;
        stream.write(s, done);
    };
    return (stream, s) => {
        if (waiting.length || (inFlight > 0 && stream !== current)) waiting.push([stream, s]);
        else start(stream, s);
    };
}

const write = orderedWriter();
const processIo: Io = {
    out: s => write(process.stdout, s.endsWith('\n') ? s : s + '\n'),
    err: s => write(process.stderr, s.endsWith('\n') ? s : s + '\n')
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
    registerNew(program, io, setExit);
    try {
        await program.parseAsync(argv);
        return exitCode;
    } catch (error) {
        if (error instanceof CommanderError) {
            return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
        }
        const failure = error instanceof NotedFailure ? error.failure : error;
        const message = failure instanceof UsageError ? failure.message : fileSystemFailureOf(failure) ?? `internal error: ${(failure as Error)?.message ?? String(failure)}`;
        io.err(lineSafe(`rogatory: ${message}${error instanceof NotedFailure ? ` (${error.note})` : ''}`));
        return ExitCode.Usage;
    }
}

/**
 * A file-system failure in words (`fileSystemFailure`, the language server's wording too): "cannot
 * create the folder 'out': a file of that name is in the way", not Node's "EEXIST: file already
 * exists, mkdir '/abs/out'"; its path from the current folder, or in full when it is outside it
 * (`/proc/x`, not `../../proc/x`).
 */
function fileSystemFailureOf(error: unknown): string | undefined {
    return fileSystemFailure(error, at => relativeIfUnder(at) ?? at)?.sentence;
}
