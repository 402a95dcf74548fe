import { run } from '../packages/cli/src/main.js';

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
