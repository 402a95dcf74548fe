import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { UsageError } from './exit-codes.js';

/**
 * The .rog files of the repository at `root` that differ from revision `rev` (committed
 * since, staged, unstaged or untracked), as absolute paths, and those deleted since.
 * `HEAD` before the first commit (a pre-commit hook in a new repository) is the empty tree:
 * every staged, unstaged or untracked .rog file has changed. `previous` holds the text at `rev`
 * of each .rog file since modified, renamed or deleted: what it referred to may now be judged
 * differently (a request for surrender deleted leaves the provisional arrest it followed overdue).
 */
export function changedSince(root: string, rev: string): { changed: string[]; deleted: string[]; previous: string[] } {
    const git = (...args: string[]) => {
        try {
            // diff.relative (a user's git config) would name files from `root`, not from the top of the
            // repository as the code below expects: files in a folder of the repository would match none.
            return execFileSync('git', ['-C', root, '-c', 'diff.relative=false', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
        } catch (error) {
            const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim().split('\n')[0];
            throw new UsageError(`--changed-since ${rev}: ${stderr || (error as Error).message}`);
        }
    };
    const top = git('rev-parse', '--show-toplevel').trim();
    const exists = (name: string) => {
        try {
            git('rev-parse', '--verify', '--quiet', name);
            return true;
        } catch {
            return false;
        }
    };
    let base = rev;
    if (!exists(`${rev}^{commit}`)) {
        // HEAD that is no commit: the branch has none yet. Compare with the empty tree.
        if (rev !== 'HEAD' && rev !== '@') {
            // A shallow clone (CI checkouts are, by default) has the commit upstream but not here.
            const shallow = git('rev-parse', '--is-shallow-repository').trim() === 'true';
            throw new UsageError(`--changed-since ${rev}: no such commit in the git repository at ${top}` + (shallow
                ? ', a shallow clone: fetch the history it needs (git fetch --unshallow, or fetch-depth: 0 in actions/checkout)'
                : ''));
        }
        base = execFileSync('git', ['-C', root, 'hash-object', '-t', 'tree', '--stdin'], { input: '', encoding: 'utf8' }).trim();
    }
    // Git names files from the top of the repository, which it gives with symbolic links resolved
    // (/private/tmp for /tmp, a workspace reached through a link): put the files under `root` as the
    // workspace's documents name them, from `root`'s own place in the repository, or no document
    // would match and the check would pass on nothing. Files outside `root` are no documents of it.
    const prefix = git('rev-parse', '--show-prefix').trim();
    const list = (out: string) => out.split('\0')
        .filter(f => f.endsWith('.rog') && f.startsWith(prefix))
        .map(f => path.join(root, f.slice(prefix.length)));
    const changed = [
        ...list(git('diff', '--name-only', '-z', '--diff-filter=ACMRT', base, '--')),
        // --full-name: relative to the top of the repository, as git diff gives them, also when
        // the workspace is a folder inside it.
        ...list(git('ls-files', '--others', '--exclude-standard', '--full-name', '-z'))
    ];
    const deleted = list(git('diff', '--name-only', '-z', '--diff-filter=D', base, '--'));
    // `git diff --name-status -z`: a status, then its path, or for a rename or copy the old path and the new.
    const previous: string[] = [];
    const fields = git('diff', '--name-status', '-z', '--diff-filter=MTDR', base, '--').split('\0');
    for (let i = 0; i + 1 < fields.length; i += /^[RC]/.test(fields[i]) ? 3 : 2) {
        const old = fields[i + 1];
        if (old.endsWith('.rog') && old.startsWith(prefix)) previous.push(git('show', `${base}:${old}`));
    }
    return { changed: [...new Set(changed)], deleted, previous };
}
