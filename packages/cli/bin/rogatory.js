#!/usr/bin/env node
// Langium 4.4 needs Node >= 22 (Object.groupBy). npm scripts and npx put the project's
// own Node 24 (the `node` devDependency) first on PATH; say so plainly otherwise.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
    console.error(`rogatory: Node.js >= 22 is required (this is ${process.version}); run it through npx or npm scripts, which use the project's Node 24.`);
    process.exit(2);
}
const { run } = await import('../out/main.js');
process.exitCode = await run(process.argv);
