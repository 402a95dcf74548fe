import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { UsageError } from './exit-codes.js';

/**
 * The .rog files of the repository at `root` that differ from revision `rev` (committed
 * since, staged, unstaged or untracked), as absolute paths, and those deleted since.
 */
export function changedSince(root: string, rev: string): { changed: string[]; deleted: string[] } {
    const git = (...args: string[]) => {
        try {
            return execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
        } catch (error) {
            const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim().split('\n')[0];
            throw new UsageError(`--changed-since ${rev}: ${stderr || (error as Error).message}`);
        }
    };
    const top = git('rev-parse', '--show-toplevel').trim();
    try {
        execFileSync('git', ['-C', root, 'rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { stdio: 'ignore' });
    } catch {
        throw new UsageError(`--changed-since ${rev}: no such commit in the git repository at ${top}`);
    }
    const list = (out: string) => out.split('\0').filter(f => f.endsWith('.rog')).map(f => path.join(top, f));
    const changed = [
        ...list(git('diff', '--name-only', '-z', '--diff-filter=ACMRT', rev, '--')),
        // --full-name: relative to the top of the repository, as git diff gives them, also when
        // the workspace is a folder inside it.
        ...list(git('ls-files', '--others', '--exclude-standard', '--full-name', '-z'))
    ];
    const deleted = list(git('diff', '--name-only', '-z', '--diff-filter=D', rev, '--'));
    return { changed: [...new Set(changed)], deleted };
}
