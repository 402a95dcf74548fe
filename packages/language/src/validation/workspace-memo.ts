import { WorkspaceCache } from 'langium';
import type { RogatoryServices } from '../rogatory-module.js';

/**
 * A value computed from the whole workspace (an index of warrants by person, of declarations by
 * name...), computed on first use and kept until any document changes: the slow checks ask it
 * once per request, and computing it each time made them quadratic.
 */
export function workspaceMemo<T>(compute: (services: RogatoryServices) => T): (services: RogatoryServices) => T {
    const caches = new WeakMap<RogatoryServices, WorkspaceCache<'all', T>>();
    return services => {
        let cache = caches.get(services);
        if (!cache) caches.set(services, cache = new WorkspaceCache(services.shared));
        return cache.get('all', () => compute(services));
    };
}
