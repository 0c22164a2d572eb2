import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from './run-cli.js';

/** A `bidrar till` chain 2,000 goals deep, as a file: the checks walk it with their own stack (roll-up: test/fulfilment/deep-chain.test.ts). */
function deepChainModel(depth: number): string {
    const parts = ['styrmodell D "Djup" {\n    kommun "1881"\n    år 2019\n}\n\nvision V "Vision"\n\n'];
    for (let i = 0; i < depth; i++) {
        const measure =
            i === depth - 1
                ? '    mått M "M" {\n        högre är bättre\n        utfall {\n            2019 1\n        }\n        hel  när värde >= 1\n    }\n'
                : '';
        parts.push(
            `mål G${i} "Mål ${i}" {\n    nivå ${i === 0 ? 'fullmäktige' : 'nämnd'}\n    bidrar till ${i === 0 ? 'V' : `G${i - 1}`}\n${measure}}\n\n`
        );
    }
    return parts.join('');
}

describe('a 2,000-deep bidrar till chain', () => {
    it('is checked without overflowing even a small call stack', () => {
        const folder = mkdtempSync(join(tmpdir(), 'styrmodell-deep-'));
        writeFileSync(join(folder, 'djup.styr'), deepChainModel(2_000));
        // A third of Node's default stack, so the test fails on any recursion along the chain.
        const small = ['--stack-size=300'];
        const validate = spawnSync(process.execPath, [...small, BIN, 'validate', folder, '--format', 'json'], {
            encoding: 'utf8',
            maxBuffer: 64 * 1024 * 1024
        });
        expect(validate.status).toBe(1);
        expect(validate.stderr).not.toMatch(/RangeError|error occurred|internt fel/);
        const codes = new Set(
            (JSON.parse(validate.stdout) as { diagnostics: Array<{ code: string }> }).diagnostics.map(d => d.code)
        );
        // A committee goal under a committee goal is the wrong level, but the chain itself is walked to its end.
        expect([...codes].sort()).toEqual([
            'committee-goal-without-measures',
            'committee-goal-without-owner',
            'wrong-contribution-level'
        ]);
    });
});
