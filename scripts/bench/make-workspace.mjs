#!/usr/bin/env node
// Writes a synthetic workspace of N requests across all kinds, with shared persons,
// warrants, decisions, records and State designations, for benchmarks.
//   node scripts/bench/make-workspace.mjs N DIR
import * as fs from 'node:fs';
import * as path from 'node:path';

const [n = '100', dir = `build/bench/ws-${n}`] = process.argv.slice(2);
const N = Number(n);
const STATES = ['Kenya', 'Uganda', 'Germany', 'France', 'Senegal', 'Argentina', 'Japan', 'Netherlands (Kingdom of the)', 'Nigeria', 'Colombia'];
const SITUATIONS = ['ICC-01/04', 'ICC-02/04', 'ICC-01/05', 'ICC-02/05', 'ICC-01/09', 'ICC-01/11', 'ICC-02/11', 'ICC-01/12'];
const people = Math.max(10, Math.ceil(N / 10));

fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(path.join(dir, 'declarations'), { recursive: true });
fs.writeFileSync(path.join(dir, 'rogatory.json'), '{ "exclude": [] }\n');
fs.mkdirSync(path.join(dir, '.git'), { recursive: true });

// Shared declarations, ten per file.
for (let f = 0; f < Math.ceil(people / 10); f++) {
    let text = '';
    for (let i = f * 10; i < Math.min(people, (f + 1) * 10); i++) {
        const situation = SITUATIONS[i % SITUATIONS.length];
        text += `person P-${i} {\n  name "Person ${i}"\n  born 1970-01-01 in "Town ${i}"\n  languages English, Swahili\n  description "Synthetic person ${i}"\n}\n`;
        text += `warrant W-${i} {\n  number ${situation}-01/${String(10 + (i % 80)).padStart(2, '0')}-${i}\n  issued 2020-01-15\n  by "Pre-Trial Chamber II"\n  person P-${i}\n  crimes "murder as a crime against humanity (art. 7(1)(a))"\n  facts "Synthetic facts ${i}."\n}\n`;
        text += `record R-${i} {\n  type consultation\n  dated 2025-06-01\n  summary "Consultation ${i}"\n}\n`;
        text += `record C-${i} {\n  type consent\n  dated 2025-06-01\n  person P-${i}\n}\n`;
        text += `judgment J-${i} {\n  number ${situation}-01/${String(10 + (i % 80)).padStart(2, '0')}-${i}-J\n  dated 2021-03-01\n  by "Trial Chamber V"\n  person P-${i}\n  convicted-of "murder as a crime against humanity (art. 7(1)(a))"\n  sentence imprisonment 10 years\n}\n`;
    }
    fs.writeFileSync(path.join(dir, 'declarations', `people-${f}.rog`), text);
}
let designations = '';
for (const state of STATES) {
    designations += `designation for State "${state}" {\n  channel diplomatic-channel\n  language English or French\n  verification not-verified "synthetic"\n}\n`;
}
STATES.forEach((state, s) => {
    designations += `record SA-${s} {\n  type state-agreement\n  dated 2025-06-01\n  State "${state}"\n}\n`;
});
fs.writeFileSync(path.join(dir, 'declarations', 'designations.rog'), designations);

const KINDS = ['assistance', 'arrest-and-surrender', 'provisional-arrest', 'assistance', 'transit', 'temporary-transfer', 'surrender-of-convicted', 'assistance'];
// What each kind states beyond the common clauses, as in examples/ (so that a request passes);
// one request in ten leaves out its last clause, so the register also has findings to report.
const BODY = {
    'assistance': (p) => ['kind assistance art. 93(1)(b), art. 93(1)(i)', 'legal-basis art. 93(1)(b), art. 93(1)(i), art. 96(1)',
        'purpose "To obtain evidence relevant to the investigation."', 'grounds "The evidence is held in the requested State."',
        'facts "Synthetic facts of the case."', `person P-${p} as witness { location "Capital city" }`,
        'protective-measures "The identity of the witness is not disclosed."', 'national-requirements none-known'],
    'arrest-and-surrender': (p) => ['kind arrest-and-surrender', 'medium written', 'legal-basis art. 58(5), art. 89(1), art. 91(2)',
        `warrant W-${p}`, `person P-${p} as sought { location "Capital city" }`, 'crimes "murder as a crime against humanity (art. 7(1)(a))"',
        `annex A1 "Copy of the warrant" { copy-of W-${p} }`, 'national-requirements none-known'],
    'provisional-arrest': (p) => ['kind provisional-arrest', 'medium written', 'urgent "The person is about to leave the country."',
        'legal-basis art. 58(5), art. 92(1)', `warrant W-${p}`, `person P-${p} as sought { location "Capital city" }`,
        'crimes "murder as a crime against humanity (art. 7(1)(a))"', 'facts "Synthetic facts of the case."', 'crime-date 2019-05-01',
        'crime-place "Town"', 'surrender-request-will-follow'],
    'transit': (p) => ['kind transit', 'legal-basis art. 89(3)(b)', `warrant W-${p}`, `person P-${p} as transported`,
        'facts "Synthetic facts of the case."', 'legal-characterization "Murder as a crime against humanity (art. 7(1)(a))."',
        'transport air landing scheduled 2026-12-20T09:00Z', `annex A1 "Copy of the warrant" { copy-of W-${p} }`],
    'temporary-transfer': (p, s) => ['kind temporary-transfer', 'legal-basis art. 93(1)(f), art. 93(7)', 'purpose "To obtain the testimony of the person."',
        'grounds "The person is in custody in the requested State."', 'facts "Synthetic facts of the case."',
        `person P-${p} as detained { location "Central prison" consent C-${p} }`, `state-agreement SA-${s} conditions "Custody throughout."`,
        'return-by 2027-03-01', 'national-requirements none-known'],
    'surrender-of-convicted': (p) => ['kind surrender-of-convicted', 'medium written', 'legal-basis art. 89(1), art. 91(3)', `judgment J-${p}`,
        `warrant W-${p}`, `person P-${p} as sought { location "Capital city" }`, 'identification "Fingerprints taken at the Detention Centre."',
        'time-served 4 years remaining 6 years as-of 2026-01-01', `annex A1 "Copy of the judgment" { copy-of J-${p} }`,
        `annex A2 "Copy of the warrant" { copy-of W-${p} }`]
};
for (let i = 0; i < N; i++) {
    const p = i % people;
    const kind = KINDS[i % KINDS.length];
    const situation = SITUATIONS[p % SITUATIONS.length];
    const s = i % STATES.length;
    const month = String(1 + (i % 10)).padStart(2, '0');
    const body = BODY[kind](p, s);
    if (i % 10 === 9) body.pop();
    const lines = [
        `request OTP-2026-${String(i).padStart(5, '0')} {`,
        '  from Prosecutor transmitted-by Office-of-the-Prosecutor',
        `  situation ${situation}`,
        `  to State "${STATES[s]}" via diplomatic-channel language English`,
        '  classification confidential',
        `  dated 2026-${month}-10 respond-by 2027-${month}-28`,
        ...body.map(line => `  ${line}`),
        `  status drafted 2026-${month}-01`,
        `  status sent 2026-${month}-11`,
        '}'
    ];
    const sub = path.join(dir, 'requests', String(Math.floor(i / 500)));
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `request-${i}.rog`), lines.join('\n') + '\n');
}
console.log(`${dir}: ${N} requests, ${people} persons and warrants, ${STATES.length} designations`);
