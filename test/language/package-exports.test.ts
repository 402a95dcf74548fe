import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';

// What another package (or `import '@rogatory/language/...'`) can load: every path a package.json
// exports or runs as a bin exists once `npm run build` has run.
describe('package entry points', () => {
    for (const name of ['language', 'cli']) {
        test(`every export and bin of packages/${name} exists`, () => {
            const folder = path.resolve(__dirname, '../../packages', name);
            const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')) as {
                exports?: Record<string, Record<string, string>>; bin?: Record<string, string>;
            };
            const targets = [
                ...Object.values(manifest.exports ?? {}).flatMap(conditions => Object.values(conditions)),
                ...Object.values(manifest.bin ?? {})
            ];
            const missing = targets.filter(target => !fs.existsSync(path.join(folder, target)));
            expect(missing, 'run `npm run build` first').toEqual([]);
        });
    }
});
