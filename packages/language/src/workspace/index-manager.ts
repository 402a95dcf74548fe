import type { AstNodeDescription } from 'langium';
import { DefaultIndexManager } from 'langium';

/**
 * Langium's index, which also lends its per-file lists of declarations: a file's list is replaced
 * when the file is re-indexed and kept otherwise, so an index built on it (the names of
 * `declaration-duplicate-name`) can re-read only the files whose list changed.
 */
export class RogatoryIndexManager extends DefaultIndexManager {
    exportsByDocument(): ReadonlyMap<string, readonly AstNodeDescription[]> {
        return this.symbolIndex;
    }
}
