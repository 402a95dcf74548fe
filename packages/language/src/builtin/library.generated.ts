// PLACEHOLDER until scripts/build-library.mjs runs.
export const BUILTIN_FILES: Record<string, string> = {
    'states.rog': `
state "Kenya" {
  iso KE KEN
  french "Kenya"
  un member
  deposited 2005-03-15 in-force 2005-06-01
  verification not-verified "single secondary source"
}
state "United States of America" {
  iso US USA
  french "États-Unis d'Amérique"
  un member
}
state "Hungary" {
  iso HU HUN
  french "Hongrie"
  un member
  deposited 2001-11-30 in-force 2002-07-01 withdrawal-effective 2026-06-02
  verification verified "x"
}
`,
    'organisations.rog': `
organisation "United Nations" { abbreviation "UN" french "Organisation des Nations Unies" }
`
};
