import { describe, expect, test } from 'vitest';
import { setup } from '../helpers.js';
import { isRequest } from '../../packages/language/src/index.js';

const { parse } = setup();

describe('smoke', () => {
    test('parses the sketch', async () => {
        const doc = await parse(`
request OTP-2026-0042 {
  kind assistance art. 93(1)(b), art. 93(1)(i)
  from Prosecutor
  situation ICC-01/22 case ICC-01/22-01/23
  to State "Kenya" via diplomatic-channel language English
  classification confidential
  dated 2026-11-22 respond-by 2027-01-15
  purpose "p"   facts "f"
  status sent 2026-11-25
}`);
        expect(doc.parseResult.parserErrors).toEqual([]);
        expect(doc.parseResult.lexerErrors).toEqual([]);
        const req = doc.parseResult.value.elements[0];
        expect(isRequest(req) && req.state?.ref?.name).toBe('Kenya');
        console.log(doc.diagnostics?.map(d => `${d.code} ${d.message}`));
    });
});
