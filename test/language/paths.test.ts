import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { relativeInside } from '../../packages/language/src/workspace/paths.js';

/**
 * The one test of "is this path inside that folder" (workspace/paths.ts): the CLI's file names, the
 * editor's export folder, where `rogatory build` writes and which annex files stay in the workspace.
 */
describe('relativeInside', () => {
    test('the folder itself is inside unless strictly; a name starting with two dots is inside; `..`, a sibling and another root are not', () => {
        expect(relativeInside('/ws/out', '/ws/out')).toBe('');
        expect(relativeInside('/ws/out', '/ws/out', { strictly: true })).toBeUndefined();
        expect(relativeInside('/ws/out', '/ws/out/', { strictly: true })).toBeUndefined();
        expect(relativeInside('/ws/out', '/ws/out/a/b.pdf', { strictly: true })).toBe(path.join('a', 'b.pdf'));
        expect(relativeInside('/ws/out', '/ws/out/..x', { strictly: true })).toBe('..x');
        expect(relativeInside('/ws/out', '/ws/out/..', { strictly: true })).toBeUndefined();
        for (const outside of ['/ws', '/ws/out2', '/ws/out2/x.pdf', '/ws/..x', '/ws/..x/x.pdf', '/ws/out/../out2', '/elsewhere']) {
            expect(relativeInside('/ws/out', outside), outside).toBeUndefined();
            expect(relativeInside('/ws/out', outside, { strictly: true }), outside).toBeUndefined();
        }
    });

    test('Windows paths: backslashes, another drive, letters in another case', () => {
        const win32 = { paths: path.win32 };
        expect(relativeInside('C:\\ws\\out', 'C:\\ws\\out\\a\\b.pdf', win32)).toBe('a\\b.pdf');
        expect(relativeInside('C:\\ws\\out', 'C:/ws/out/a/b.pdf', win32)).toBe('a\\b.pdf');
        expect(relativeInside('C:\\ws\\out', 'c:\\WS\\Out\\b.pdf', win32)).toBe('b.pdf');
        expect(relativeInside('C:\\ws\\out', 'C:\\ws\\out', { ...win32, strictly: true })).toBeUndefined();
        expect(relativeInside('C:\\ws\\out', 'C:\\ws\\out\\..x', win32)).toBe('..x');
        for (const outside of ['C:\\ws\\out2\\x.pdf', 'C:\\ws\\..x', 'D:\\ws\\out\\x.pdf', '\\\\server\\share\\x.pdf']) {
            expect(relativeInside('C:\\ws\\out', outside, win32), outside).toBeUndefined();
        }
    });
});
