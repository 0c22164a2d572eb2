import { describe, expect, it } from 'vitest';
import { buildWorkspace } from './workspace-helper.js';

/**
 * A number too large for the engine (a 400-digit `vikt` became Infinity, issue 18 item 11) is an error on its
 * line, so no report is computed from it; the engine never sees a number that does not fit.
 */
const HEADER = 'styrmodell M "M" {\n    kommun "1881"\n    år 2019\n}\n\nvision V "V"\n\n';
const goal = (weight: string, value: string, bound: string) =>
    `mål G "G" {\n    nivå fullmäktige\n    bidrar till V\n    vikt ${weight}\n    mått A "A" {\n        högre är bättre\n        utfall {\n            2019 ${value}\n        }\n        hel när värde >= ${bound}\n    }\n}\n`;

describe('numbers that do not fit', () => {
    it.each([
        ['a 400-digit vikt', goal('9'.repeat(400), '5', '4'), 11],
        ['an utfall value of 1e307 written out', goal('1', `1${'0'.repeat(307)}`, '4'), 15],
        ['a threshold of 1e20', goal('1', '5', `1${'0'.repeat(20)}`), 17]
    ])('%s is an error on its line', async (_name, body, line) => {
        const workspace = await buildWorkspace({ 'm.styr': HEADER + body });
        const errors = workspace.diagnostics('m.styr').filter(d => d.includes('number-too-large'));
        expect(errors).toEqual([expect.stringMatching(new RegExp(`^${line}:number-too-large Talet är för stort`))]);
    });

    it.each([
        ['an utfall year', goal('1', '5', '4').replace('2019 5', `${'9'.repeat(400)} 5`), 15],
        ['a `från` year', goal('1', '5', `4 från ${'9'.repeat(400)}`), 17],
        ['a follow-up year', `${goal('1', '5', '4')}\nuppföljning ${'9'.repeat(400)} "Å" {\n}\n`, 21]
    ])(
        '%s that does not fit has that one error, not "Infinity är inget årtal" (found by the fuzz run)',
        async (_name, body, line) => {
            const workspace = await buildWorkspace({ 'm.styr': HEADER + body });
            const onLine = workspace.diagnostics('m.styr').filter(d => d.startsWith(`${line}:`));
            expect(onLine).toEqual([expect.stringMatching(/^\d+:number-too-large Talet är för stort/)]);
        }
    );

    it('leaves ordinary numbers alone', async () => {
        const workspace = await buildWorkspace({ 'm.styr': HEADER + goal('2', '123456789,5', '99999') });
        expect(workspace.diagnostics('m.styr').filter(d => d.includes('number-too-large'))).toEqual([]);
    });
});
