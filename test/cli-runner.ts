import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll } from 'vitest';
import { run } from '../packages/cli/src/main.js';

const made: string[] = [];
afterAll(() => made.splice(0).forEach(dir => fs.rmSync(dir, { recursive: true, force: true })));

/** A temporary workspace holding `files` (a `.git` makes it its own root), removed after the test file. */
export function workspace(files: Record<string, string | Buffer>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-cli-'));
    made.push(dir);
    fs.mkdirSync(path.join(dir, '.git'));
    for (const [name, content] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        fs.writeFileSync(path.join(dir, name), content);
    }
    return dir;
}

/** Runs `rogatory ...args` in-process from `cwd`, capturing what a terminal would show. */
export async function rogatory(cwd: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const previous = process.cwd();
    process.chdir(cwd);
    try {
        const code = await run(['node', 'rogatory', ...args], { out: s => { out += s + '\n'; }, err: s => { err += s + '\n'; } });
        return { code, out, err };
    } finally {
        process.chdir(previous);
    }
}
