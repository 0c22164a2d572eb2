import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

/** `styrmodell textconv` is total over half-typed files (issue 18, item 3): git diff must never fail on one. */
function textconv(text: string): { status: number | null; stdout: string; stderr: string } {
    const folder = mkdtempSync(join(tmpdir(), 'styrmodell-textconv-'));
    writeFileSync(join(folder, 'fil.styr'), text);
    return runCli(['textconv', 'fil.styr'], folder);
}

describe('textconv on half-typed files', () => {
    it.each(['del av', 'del av\n', 'del av M\ndel av', 'mål', 'mål "g" { mått A "a" { } }', 'mått'])(
        '%j gives an outline, exit 0',
        text => {
            const result = textconv(text);
            expect(result.stderr).not.toContain('internt fel');
            expect(result.status).toBe(0);
            expect(result.stdout).not.toMatch(/\bundefined\b/);
        }
    );

    it('leaves a half-typed measure out instead of printing undefined', () => {
        const result = textconv('del av M\nmål Kf "g" {\n    bidrar till V\n    mått A\n    mått\n}\n');
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('mått Kf.A "A"');
        expect(result.stdout).not.toMatch(/undefined/);
    });

    it('keeps an interim follow-up’s date on its lines, apart from the year’s final one', () => {
        const result = textconv(
            'del av M\nuppföljning 2024 "År" {\n    mål K {\n        analys "a"\n    }\n}\nuppföljning 2024 per 31 augusti "Delår" {\n    mål K {\n        analys "b"\n    }\n}\n'
        );
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('uppföljning 2024 mål K: analys "a"');
        expect(result.stdout).toContain('uppföljning 2024 per 31 augusti mål K: analys "b"');
        expect(result.stdout).toContain('uppföljning 2024 per 31 augusti "Delår"');
    });

    it('does not invent a level the goal does not state', () => {
        const result = textconv('del av M\nmål Kf "g" {\n    bidrar till V\n}\nmål N "n" {\n    nivå nämnd\n}\n');
        expect(result.stdout).not.toContain('mål Kf: nivå');
        expect(result.stdout).toContain('mål N: nivå nämnd');
    });
});
