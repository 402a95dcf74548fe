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
process.stdout.on('error', error => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
});
const { run } = await import('../out/main.js');
process.exitCode = await run(process.argv);
