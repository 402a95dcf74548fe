import type { AstNode, ValidationAcceptor, ValidationCategory, ValidationCheck } from 'langium';
import { isOperationCancelled, ValidationRegistry } from 'langium';

/**
 * Langium's registry, with the checks for a node type and set of categories kept in an array
 * (Langium builds a filtered stream for every node) and checks that return nothing called
 * without a promise. An exception in a check still becomes an error diagnostic on the node,
 * as in Langium.
 */
export class RogatoryValidationRegistry extends ValidationRegistry {
    private readonly checkTables = new Map<string, Map<string, readonly ValidationCheck[]>>();

    /** For these categories (all when none are given), a lookup of the checks to run on a node of a type. */
    checksByType(categories?: ValidationCategory[]): (type: string) => readonly ValidationCheck[] {
        const key = categories ? categories.join(',') : '*';
        let table = this.checkTables.get(key);
        if (!table) this.checkTables.set(key, table = new Map());
        return type => {
            let checks = table.get(type);
            if (!checks) table.set(type, checks = this.getChecks(type, categories).toArray());
            return checks;
        };
    }

    protected override addEntry(...args: Parameters<ValidationRegistry['addEntry']>): void {
        this.checkTables.clear();
        super.addEntry(...args);
    }

    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        const failed = (error: unknown, node: AstNode, accept: ValidationAcceptor): void => {
            if (isOperationCancelled(error)) throw error;
            console.error('An error occurred during validation:', error);
            if (error instanceof Error && error.stack) console.error(error.stack);
            accept('error', `An error occurred during validation: ${error instanceof Error ? error.message : String(error)}`, { node });
        };
        return (node, accept, cancelToken) => {
            try {
                const result = check.call(thisObj, node, accept, cancelToken);
                if (result instanceof Promise) return result.catch(error => failed(error, node, accept));
            } catch (error) {
                failed(error, node, accept);
            }
            return undefined;
        };
    }
}
