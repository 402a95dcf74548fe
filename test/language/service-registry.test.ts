import { describe, expect, test } from 'vitest';
import { URI } from 'langium';
import { createRogatoryServices } from '../../packages/language/src/index.js';

// The registry answers for .rog files without consulting open documents (a per-edit cost at
// scale); it must still refuse what is not Rogatory, since the workspace manager loads only
// the files the registry accepts.
describe('the service registry', () => {
    const { shared, Rogatory } = createRogatoryServices();
    const registry = shared.ServiceRegistry;

    test('a .rog file, on disk or built in, is Rogatory', () => {
        expect(registry.getServices(URI.file('/ws/requests/OTP-2026-0001.rog'))).toBe(Rogatory);
        expect(registry.getServices(URI.parse('builtin:///states.rog'))).toBe(Rogatory);
    });

    test('any other file is not, and the workspace does not load it', () => {
        expect(registry.hasServices(URI.file('/ws/README.md'))).toBe(false);
        expect(registry.hasServices(URI.file('/ws/requests/OTP-2026-0001.rog.bak'))).toBe(false);
        expect(registry.hasServices(URI.parse('untitled:Untitled-1'))).toBe(false);
    });
});
