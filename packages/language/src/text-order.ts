/**
 * The one order of the names, references and paths a user is shown: English collation, not the machine's
 * (`localeCompare` follows LANG), so that the same files give the same output everywhere; a report, a register
 * or a build manifest kept in git does not change between machines ("Chad" before "Hungary" also where Czech
 * puts "ch" after "h").
 */
export const compareText: (a: string, b: string) => number = new Intl.Collator('en').compare;
