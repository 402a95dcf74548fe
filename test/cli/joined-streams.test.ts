import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const bin = path.resolve(__dirname, '../../packages/cli/bin/rogatory.js');

/**
 * Runs the built `rogatory` with stderr joined to stdout (`2>&1`) into one pipe that is read only
 * half a second late (`2>&1 | (sleep 0.5; cat)`), as a slow CI log reader may: the pipe fills
 * (64 KiB) and Node writes the rest of stdout later.
 */
function runJoined(args: string[], cwd: string): Promise<{ code: number; output: string }> {
    return new Promise(resolve => {
        const command = [process.execPath, bin, ...args].map(a => `'${a}'`).join(' ');
        const child = spawn('bash', ['-c', `${command} 2>&1 | (sleep 0.5; cat); exit "\${PIPESTATUS[0]}"`], { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
        let output = '';
        child.stdout.on('data', d => output += d);
        child.on('close', code => resolve({ code: code ?? -1, output }));
    });
}

// `rogatory check big-folder 2>&1 | cat`: the summary line on stderr used to land inside a finding on
// stdout ("big.rog:3931:8 erro1 file checked: …") once the findings no longer fitted in the pipe.
describe('stdout and stderr joined into one pipe', () => {
    let dir: string;
    beforeAll(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-joined-'));
        let text = '';
        for (let i = 0; i < 4000; i++) text += `person P-${i} {\n  name "Person ${i}"\n  born 1970-13-45\n}\n`;
        fs.writeFileSync(path.join(dir, 'big.rog'), text);
    });
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    test('every line whole, the summary last', async () => {
        // Which of the two waiting writes goes first once the reader reads is a race: several runs.
        for (let run = 0; run < 4; run++) {
            const { code, output } = await runJoined(['check', 'big.rog'], dir);
            expect(code).toBe(1);
            const lines = output.trimEnd().split('\n');
            expect(lines).toHaveLength(4001);
            const broken = lines.slice(0, -1).filter(line => !/^big\.rog:\d+:8 error invalid-date '1970-13-45' is not a real date\.$/.test(line));
            expect(broken).toEqual([]);
            expect(lines.at(-1)).toBe('1 file checked: 4000 error(s), 0 warning(s), 0 information item(s)');
        }
    }, 60_000);
});
