import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { UsageError } from './exit-codes.js';
import { lineSafe, relativeIfUnder } from './report/diagnostics.js';

/**
 * The .rog files of the repository at `root` changed since the branch forked from revision `rev`
 * (committed on the branch since the merge base of `rev` and HEAD, as `git diff REV...HEAD` takes
 * them, then staged, unstaged or untracked), as absolute paths, and those deleted since. Files changed
 * on `rev`'s side only are no change of the branch. When `rev` is an ancestor of HEAD (GitHub's
 * pull_request merge commit, `HEAD~1`) the merge base is `rev` itself.
 * `HEAD` before the first commit (a pre-commit hook in a new repository) is the empty tree:
 * every staged, unstaged or untracked .rog file has changed. `previous` holds the text at the merge base
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
            // git's own words ("fatal: not a git repository (or any of the parent directories): .git",
            // "spawnSync git ENOENT") say what is wrong to a git user, not what to do.
            if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
                throw new UsageError(`--changed-since ${rev}: git is not installed (no 'git' command on PATH), and only git can say which files changed: install git, or leave out --changed-since to check every file`);
            }
            const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim().split('\n')[0];
            if (/^fatal: not a git repository/.test(stderr)) {
                throw new UsageError(lineSafe(`--changed-since ${rev}: the workspace '${relativeIfUnder(root) ?? root}' is not in a git repository, so no file can be said to have changed: run the check in a git clone (in CI, after the checkout step), or leave out --changed-since to check every file`));
            }
            // A CI container running as another user than the checkout's owner (root in a container, a
            // runner's own user): git refuses the repository, and its fix is on git's next lines.
            const dubious = /^fatal: detected dubious ownership in repository at '(.*)'$/.exec(stderr);
            if (dubious) {
                throw new UsageError(lineSafe(`--changed-since ${rev}: git refuses to read the repository at '${dubious[1]}', which another user owns (a CI job running in a container as root, say): mark it safe with \`git config --global --add safe.directory '${dubious[1]}'\` before the check (GitHub's actions/checkout does so itself), or leave out --changed-since to check every file`));
            }
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
    } else {
        base = forkPoint(rev, top, git, exists);
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

/**
 * Where the branch checked out forked from `rev`: the merge base of `rev` and HEAD (`rev` itself when
 * it is an ancestor of HEAD). Files changed on `rev`'s side since then are not the branch's changes.
 * Without a merge base nothing can be said to have changed: a shallow clone that has not fetched the
 * fork point, a HEAD with no commit yet, or unrelated histories are a usage error, never an empty check.
 */
function forkPoint(rev: string, top: string, git: (...args: string[]) => string, exists: (name: string) => boolean): string {
    const commit = git('rev-parse', '--verify', '--quiet', `${rev}^{commit}`).trim();
    if (!exists('HEAD^{commit}')) {
        throw new UsageError(`--changed-since ${rev}: HEAD has no commit yet in the git repository at ${top}, so it has no merge base with ${rev}`);
    }
    const head = git('rev-parse', '--verify', '--quiet', 'HEAD^{commit}').trim();
    if (commit === head) return commit;
    let mergeBase = '';
    try {
        mergeBase = git('merge-base', commit, head).trim();
    } catch {
        // `git merge-base` exits 1, saying nothing, when the two have no common ancestor.
    }
    if (mergeBase) return mergeBase;
    const shallow = git('rev-parse', '--is-shallow-repository').trim() === 'true';
    throw new UsageError(`--changed-since ${rev}: ${rev} and HEAD have no common ancestor in the git repository at ${top}` + (shallow
        ? ', a shallow clone: fetch the history back to where the branch forked (git fetch --deepen=100 origin, or --unshallow; fetch-depth: 0 in actions/checkout)'
        : ''));
}
