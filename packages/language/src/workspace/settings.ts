import { today } from '../states/dates.js';

/**
 * Settings that change what the checks conclude, shared by the CLI (`--at`) and the
 * language server (`rogatory.asOf`). `asOf` is the day against which follow-up and
 * deadlines are judged; when unset, it is the current date.
 */
export class RogatorySettings {
    asOf: string | undefined;

    currentDate(): string {
        return this.asOf ?? today();
    }
}
