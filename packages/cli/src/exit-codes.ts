/** The exit codes of `rogatory`, documented in `--help`, docs/cli.md, docs/documents.md and docs/ci.md. */
export const ExitCode = {
    /** No errors (warnings and information may have been reported). */
    Ok: 0,
    /** Errors were found (or more warnings than --max-warnings allows). */
    Findings: 1,
    /** Usage error, unreadable path, or an internal failure: nothing was concluded. */
    Usage: 2
} as const;
export type ExitCode = typeof ExitCode[keyof typeof ExitCode];

/** An error that ends the command with a one-line message and exit code 2. */
export class UsageError extends Error {}

/**
 * A failure (`failure`, said as main.ts says any) after which the user must still learn something the
 * command found before it: main.ts adds `note` in parentheses on the same line; the exit code stays 2.
 */
export class NotedFailure extends Error {
    constructor(readonly failure: unknown, readonly note: string) {
        super(failure instanceof Error ? failure.message : String(failure));
    }
}
