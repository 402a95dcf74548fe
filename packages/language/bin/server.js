#!/usr/bin/env node
// rogatory-language-server --stdio: the Rogatory language server for any LSP client.
// Langium 4.4 needs Node >= 22; npx and npm scripts use the project's Node 24.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
    console.error(`rogatory-language-server: Node.js >= 22 is required (this is ${process.version}).`);
    process.exit(2);
}
await import('../out/lsp/main.js');
