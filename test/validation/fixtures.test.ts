import { describe, expect, test } from 'vitest';
import { checkFixture, listFixtures, runFixture } from '../fixture-runner.js';

// Every fixture under test/fixtures/validation/<area>/ (see fixture-runner.ts for the format).
describe.each(listFixtures())('fixture %s', id => {
    test('produces exactly the expected diagnostics', async () => {
        const result = await runFixture(id);
        expect(result.expectations.length, 'a fixture must expect something').toBeGreaterThan(0);
        expect(checkFixture(result)).toEqual([]);
    });
});
