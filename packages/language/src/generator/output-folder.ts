import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { relativeInside } from '../workspace/paths.js';
import { BROKEN_LINK, fileSystemReason } from '../workspace/file-system-errors.js';
import { readRegularFile } from '../workspace/regular-files.js';
import { compareText } from '../text-order.js';

/** The manifest `rogatory build` keeps in --out: which request produced which file, and its hash. */
export const MANIFEST_NAME = '.rogatory-build.json';

interface ManifestEntry {
    request: string;
    source: string;
    sha256: string;
}

interface Manifest {
    version: 1;
    files: Record<string, ManifestEntry>;
}

export type WriteRefusal =
    | { kind: 'outside-out'; file: string }
    | { kind: 'not-ours'; file: string; reason: 'unknown' | 'other-request' | 'modified' | 'not-a-file'; owner?: string };

/**
 * The --out folder of `rogatory build`: writes only inside it, atomically (a temporary file
 * in the same folder, then a rename, so a reader never sees half a document), and never over
 * a file that is not an earlier, unmodified output of the same request unless forced.
 */
export class OutputFolder {
    /** One line for the author when the manifest there could not be used (and will be replaced). */
    readonly manifestWarning?: string;

    private constructor(
        readonly root: string,
        private readonly manifest: Manifest,
        /** Why the manifest there could not be used ("is not valid JSON"), if it could not. */
        readonly manifestUnusable?: string,
        shownAs = root
    ) {
        if (manifestUnusable) this.manifestWarning = unusable(path.join(shownAs, MANIFEST_NAME), manifestUnusable);
    }

    static async open(dir: string): Promise<OutputFolder> {
        const root = path.resolve(dir);
        await makeFolder(root);
        const read = await readManifest(path.join(root, MANIFEST_NAME));
        if ('manifest' in read) return new OutputFolder(root, read.manifest);
        return new OutputFolder(root, { version: 1, files: {} }, read.unusable, dir);
    }

    /** The absolute path of `fileName` inside the folder, or undefined if it would land anywhere else. */
    resolve(fileName: string): string | undefined {
        const target = path.resolve(this.root, fileName);
        const relative = relativeInside(this.root, target, { strictly: true });
        return relative === undefined || relative === MANIFEST_NAME ? undefined : target;
    }

    /** Why writing `fileName` for `request` is refused, if it is. */
    async check(fileName: string, request: string, force: boolean): Promise<WriteRefusal | undefined> {
        const target = this.resolve(fileName);
        if (!target) return { kind: 'outside-out', file: fileName };
        let stat;
        try {
            stat = await fs.lstat(target);
        } catch {
            return undefined; // nothing there yet
        }
        // A symbolic link or a folder is never replaced, even with --force: it may lead outside --out.
        if (!stat.isFile()) return { kind: 'not-ours', file: fileName, reason: 'not-a-file' };
        if (force) return undefined;
        const entry = this.manifest.files[fileName];
        if (!entry) return { kind: 'not-ours', file: fileName, reason: 'unknown' };
        if (entry.request !== request) return { kind: 'not-ours', file: fileName, reason: 'other-request', owner: entry.request };
        if (sha256(await fs.readFile(target)) !== entry.sha256) return { kind: 'not-ours', file: fileName, reason: 'modified' };
        return undefined;
    }

    /** Writes atomically and records the file as an output of `request`. Call `check` first. */
    async write(fileName: string, content: string | Uint8Array, request: string, source: string): Promise<string> {
        const target = this.resolve(fileName);
        if (!target) throw new Error(`'${fileName}' is outside the output folder`);
        const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
        // The folder is flushed once, by `saveManifest`, the last write of a build or an export.
        await replaceAtomically(target, bytes, { syncFolder: false });
        this.manifest.files[fileName] = { request, source, sha256: sha256(bytes) };
        return target;
    }

    /** The files the manifest records as outputs of `request` that are still in the folder. */
    async outputsOf(request: string): Promise<string[]> {
        const names = Object.entries(this.manifest.files).filter(([, entry]) => entry.request === request).map(([name]) => name);
        const present = await Promise.all(names.map(name => fs.lstat(path.join(this.root, name)).then(s => s.isFile(), () => false)));
        return names.filter((_, i) => present[i]).sort();
    }

    /** Writes the manifest, and flushes the folder: call it after the outputs are written. */
    async saveManifest(): Promise<void> {
        const files = Object.fromEntries(Object.entries(this.manifest.files).sort(([a], [b]) => compareText(a, b)));
        await writeAtomically(path.join(this.root, MANIFEST_NAME), Buffer.from(JSON.stringify({ version: 1, files }, null, 2) + '\n'));
    }
}

/**
 * Temporary file in the same folder (same file system, so the rename is atomic), then rename over
 * the target; with `mode`, the new file gets those permissions (a rewritten file keeps its own),
 * from its creation on: the temporary file is never more open than that while it is written.
 * The file is flushed to the disk before the rename, and the folder after it: after a power loss
 * the target is the old file or the new one, never a new name over an empty file (which some file
 * systems, ext4 with delayed allocation among them, leave when only the rename reached the disk).
 * `syncFolder: false` leaves the folder to the caller, who syncs it once after several writes.
 */
export async function writeAtomically(target: string, bytes: Uint8Array, mode?: number, options: { syncFolder?: boolean } = {}): Promise<void> {
    const temporary = await writeBeside(target, bytes, mode);
    try {
        await fs.rename(temporary, target);
    } catch (error) {
        await fs.rm(temporary, { force: true });
        throw error;
    }
    if (options.syncFolder ?? true) await syncFolder(path.dirname(target));
}

/**
 * `bytes` written and flushed to a new temporary file beside `target` (its name is returned), created with `mode`
 * if given; removed again if the write fails. The first half of `writeAtomically` and `createAtomically`.
 */
async function writeBeside(target: string, bytes: Uint8Array, mode?: number): Promise<string> {
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
        // 'wx': never follow or reuse an existing file at the temporary name.
        const file = await fs.open(temporary, 'wx', mode ?? 0o666);
        try {
            await file.writeFile(bytes);
            if (mode !== undefined) await file.chmod(mode);
            await file.sync();
        } finally {
            await file.close();
        }
    } catch (error) {
        await fs.rm(temporary, { force: true });
        throw error;
    }
    return temporary;
}

/**
 * A new file at `target`, whole or not at all, and never over one already there: written and flushed under a
 * temporary name beside it, then linked to its name, which fails with EEXIST if a file has that name (even one
 * made meanwhile). Where the file system has no hard links, an exclusive creation, whole unless the disk fails.
 */
export async function createAtomically(target: string, bytes: Uint8Array): Promise<void> {
    const temporary = await writeBeside(target, bytes);
    try {
        await fs.link(temporary, target);
    } catch (error) {
        if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
        await fs.writeFile(target, bytes, { flag: 'wx' });
    } finally {
        await fs.rm(temporary, { force: true });
    }
    await syncFolder(path.dirname(target));
}

/**
 * `writeAtomically`, a file already at `target` keeping the permissions it was given (a confidential
 * document or register made 0600 stays so).
 */
export async function replaceAtomically(target: string, bytes: Uint8Array, options: { syncFolder?: boolean } = {}): Promise<void> {
    const previous = await fs.lstat(target).catch(() => undefined);
    await writeAtomically(target, bytes, previous?.isFile() ? previous.mode & 0o7777 : undefined, options);
}

/** Flushes a folder's entries (a rename) to the disk, where the platform lets a folder be opened and synced (not Windows). */
async function syncFolder(folder: string): Promise<void> {
    let handle;
    try {
        handle = await fs.open(folder, 'r');
    } catch (error) {
        if (FOLDER_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) return;
        throw error;
    }
    try {
        await handle.sync();
    } catch (error) {
        if (!FOLDER_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    } finally {
        await handle.close();
    }
}

/** What opening or syncing a folder answers where it cannot be done: the rename stands, only unflushed. */
const FOLDER_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'EBADF', 'ENOTSUP']);

/** The manifest in a folder; none yet; or why the one there cannot be used. */
async function readManifest(file: string): Promise<{ manifest: Manifest } | { unusable?: string }> {
    let text: string;
    try {
        text = await readRegularFile(file);
    } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'ENOENT' ? {} : { unusable: `cannot be read (${fileSystemReason(error)})` };
    }
    let parsed: Manifest | undefined;
    try {
        parsed = JSON.parse(text) as Manifest;
    } catch {
        return { unusable: 'is not valid JSON' };
    }
    if (parsed?.version !== 1 || !parsed.files || typeof parsed.files !== 'object') return { unusable: 'is not a manifest of rogatory build (version 1)' };
    return { manifest: parsed };
}

/** Without the manifest, every file already in the folder counts as not ours; the next save replaces it. */
function unusable(file: string, why: string): string {
    return `${file} ${why}: it will be replaced, and the files it recorded count as not written by rogatory`;
}

/** A symbolic link whose target does not exist (or loops), where a folder should be: an error worded by `fileSystemReason`. */
function brokenLink(at: string): NodeJS.ErrnoException {
    const error: NodeJS.ErrnoException = new Error(`cannot create the folder '${at}': ${fileSystemReason({ code: BROKEN_LINK })}`);
    return Object.assign(error, { code: BROKEN_LINK, syscall: 'mkdir', path: at });
}

function sha256(bytes: Uint8Array): string {
    return createHash('sha256').update(bytes).digest('hex');
}

/**
 * `mkdir -p`, one level at a time. Node's recursive mkdir spins forever where the kernel answers
 * ENOENT for a parent that exists (under /proc); made level by level, that is an error to report.
 */
export async function makeFolder(folder: string): Promise<void> {
    const missing: string[] = [];
    for (let at = folder; ; at = path.dirname(at)) {
        try {
            if ((await fs.stat(at)).isDirectory()) break;
            // A file in the way: mkdir below says so (EEXIST or ENOTDIR).
            missing.push(at);
            break;
        } catch {
            // mkdir would say EEXIST ("a file of that name is in the way") of a link whose target is gone.
            if ((await fs.lstat(at).catch(() => undefined))?.isSymbolicLink()) throw brokenLink(at);
            missing.push(at);
            if (path.dirname(at) === at) break;
        }
    }
    for (const level of missing.reverse()) await fs.mkdir(level);
}
