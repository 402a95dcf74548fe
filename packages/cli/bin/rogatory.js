#!/usr/bin/env node
// Langium 4.4 needs Node >= 22 (Object.groupBy). npm scripts and npx put the project's
// own Node 24 (the `node` devDependency) first on PATH; say so plainly otherwise.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
    console.error(`rogatory: Node.js >= 22 is required (this is ${process.version}); run it through npx or npm scripts, which use the project's Node 24.`);
    process.exit(2);
}
// A reader that stops early (`rogatory check | head`) closes the pipe: the rest of the output has
// nowhere to go, which is no failure of the command. Finish the run so that the exit code still
// says whether there were errors, instead of dying of an unhandled EPIPE with a stack trace.
// Likewise a terminal that is gone (closed, or its ssh connection lost: `rogatory build` then stops
// after the request being written, on SIGHUP) answers EIO; on a file, EIO is a failing disk, and stays one.
const nowhereToGo = (stream, error) => error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED' || (error.code === 'EIO' && stream.isTTY);
// Any other failure to write the output (a full disk under `check --format sarif > rogatory.sarif`, a failing
// one) leaves the report incomplete: one line says so, and the exit code is 2, nothing concluded, not the 1 of
// errors found nor the 0 of a pass, and no stack trace. The failure may come after run() has returned (the
// stream says so on a later tick), so it sets the exit code itself. A line that stderr cannot take is lost
// with nowhere to say so; the exit code, which the output does not carry, still holds.
let lostOutput = false;
let reason = error => error.code ?? error.message;
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', error => {
        if (nowhereToGo(stream, error) || stream === process.stderr) return;
        process.exitCode = 2;
        if (lostOutput) return;
        lostOutput = true;
        process.stderr.write(`rogatory: cannot write to the standard output: ${reason(error)}; what was written there is incomplete\n`);
    });
}
// The compiled code is not committed: a clone on which `npm run build` has not run (a CI job
// that only ran `npm ci`) has none. Say so in one line with the usage exit code, not a stack
// trace and exit 1, which a CI gate would read as "errors found".
let run;
try {
    ({ run, fileSystemReason: reason } = await import('../out/main.js'));
} catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    console.error(`rogatory: not built (${String(error.message).split('\n')[0]}): run \`npm run build\` in the repository first.`);
    process.exit(2);
}
const code = await run(process.argv);
process.exitCode = lostOutput ? 2 : code;
