import { describe, expect, test } from 'vitest';
import { AstUtils, URI } from 'langium';
import { setup } from '../helpers.js';
import { isRequest, isWarrant, type Request } from '../../packages/language/src/index.js';

const { parse, services } = setup();

describe('linker', () => {
    test('a request links persons and warrants declared in another file of the workspace', async () => {
        await parse(`
person P-Ntaganda { name "Jean-Baptiste Example" }
warrant W-Ntaganda { number ICC-01/04-02/06-2 issued 2012-07-13 by "Pre-Trial Chamber II" person P-Ntaganda crimes "x" facts "y" }`,
            { uri: URI.file('/ws/declarations.rog').toString() });
        const doc = await parse(`request REG-2026-0001 { kind arrest-and-surrender warrant W-Ntaganda person P-Ntaganda as sought { location "Goma" } }`);
        const r = doc.parseResult.value.elements[0] as Request;
        expect(r.warrant?.ref?.name).toBe('W-Ntaganda');
        expect(isWarrant(r.warrant?.ref) && r.warrant.ref.person?.ref?.fullName).toBe('Jean-Baptiste Example');
        expect(AstUtils.getDocument(r.persons[0].person.ref!).uri.path).toBe('/ws/declarations.rog');
    });

    test('a State name links to the built-in State library under builtin:///', async () => {
        const doc = await parse(`request OTP-2026-0002 { to State "Kenya" }`);
        const r = doc.parseResult.value.elements.find(isRequest)!;
        const state = r.state?.ref;
        expect(state?.alpha2).toBe('KE');
        const uri = AstUtils.getDocument(state!).uri;
        expect([uri.scheme, uri.path]).toEqual(['builtin', '/states.rog']);
    });

    test('an unknown State, person or warrant is a linking error at the reference', async () => {
        const doc = await parse(`request OTP-2026-0003 {\n  to State "Narnia"\n  warrant W-Nobody\n}`);
        const messages = doc.diagnostics!.filter(d => d.data?.code === 'linking-error').map(d => [d.range.start.line, d.message]);
        expect(messages).toEqual([
            [1, 'No State named "Narnia" in the built-in list.'],
            [2, 'No warrant named W-Nobody is declared in the workspace.']
        ]);
    });

    test('an annex can be the copy of a warrant, judgment, decision or record', async () => {
        await parse(`judgment J-1 { number ICC-01/04-01/06-2842 dated 2012-03-14 }`, { uri: URI.file('/ws/j.rog').toString() });
        const doc = await parse(`request REG-2026-0004 { annex A1 "Copy of the judgment" { copy-of J-1 } }`);
        const r = doc.parseResult.value.elements.find(isRequest)!;
        expect(r.annexes[0].copyOf?.ref?.$type).toBe('Judgment');
    });

    test('references to annexes stay within their request', async () => {
        const doc = await parse(`
person P-W1 { name "Witness One" languages Swahili }
request OTP-2026-0005 {
  annex A7 "Instruction on self-incrimination (rule 74)"
  person P-W1 as witness { self-incrimination-instruction Swahili annex A7 }
}`);
        const r = doc.parseResult.value.elements.find(isRequest)!;
        expect(r.persons[0].selfIncriminationAnnex?.ref?.title).toBe('Instruction on self-incrimination (rule 74)');
        expect(services.shared.workspace.IndexManager.allElements('Annex').toArray()).toHaveLength(0);
    });
});
