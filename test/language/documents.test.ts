import { describe, expect, test } from 'vitest';
import { URI } from 'langium';
import { createRogatoryServices } from '../../packages/language/src/index.js';

// The document store answers exact-URI lookups from a map beside Langium's trie; it must hold
// exactly what the trie holds, through additions and both kinds of deletion.
describe('the document store', () => {
    const { shared } = createRogatoryServices();
    const documents = shared.workspace.LangiumDocuments;
    const add = (path: string) => documents.createDocument(URI.file(path), 'person P-1 { name "A" }');

    test('counts the workspace files it holds (not the built-in library) through additions and both deletions', () => {
        const store = documents as unknown as { fileCount: number };
        const before = store.fileCount;
        add('/ws/count/a.rog');
        add('/ws/count/sub/b.rog');
        add('/ws/count/sub/c.rog');
        documents.createDocument(URI.parse('builtin:///count-test.rog'), 'person P-2 { name "B" }');
        expect(store.fileCount).toBe(before + 3);
        documents.deleteDocument(URI.file('/ws/count/a.rog'));
        documents.deleteDocument(URI.file('/ws/count/a.rog'));
        expect(store.fileCount).toBe(before + 2);
        documents.deleteDocuments(URI.file('/ws/count/sub'));
        expect(store.fileCount).toBe(before);
    });

    test('finds a document by its URI, and by another spelling of it, until it is deleted', () => {
        const a = add('/ws/requests/a.rog');
        expect(documents.getDocument(URI.file('/ws/requests/a.rog'))).toBe(a);
        expect(documents.hasDocument(URI.file('/ws/requests/a.rog'))).toBe(true);
        // The same file with its path encoded differently: the trie's normalisation finds it.
        expect(documents.getDocument(URI.parse('file:///ws/requests/%61.rog'))).toBe(a);
        expect(() => add('/ws/requests/a.rog')).toThrow(/already present/);
        expect(documents.deleteDocument(URI.file('/ws/requests/a.rog'))).toBe(a);
        expect(documents.getDocument(URI.file('/ws/requests/a.rog'))).toBeUndefined();
        expect(documents.hasDocument(URI.file('/ws/requests/a.rog'))).toBe(false);
    });

    test('forgets the documents of a deleted folder and keeps the others', () => {
        const b = add('/ws/old/b.rog');
        const c = add('/ws/old/deep/c.rog');
        const d = add('/ws/kept/d.rog');
        expect(new Set(documents.deleteDocuments(URI.file('/ws/old')))).toEqual(new Set([b, c]));
        expect(documents.getDocument(URI.file('/ws/old/b.rog'))).toBeUndefined();
        expect(documents.getDocument(URI.file('/ws/old/deep/c.rog'))).toBeUndefined();
        expect(documents.getDocument(URI.file('/ws/kept/d.rog'))).toBe(d);
        // A file added again after its deletion is the new document.
        const again = add('/ws/old/b.rog');
        expect(documents.getDocument(URI.file('/ws/old/b.rog'))).toBe(again);
    });
});
