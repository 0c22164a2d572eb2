import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEYWORD_DOCS } from '../../src/lsp/keyword-docs.js';
import { buildWorkspace } from './workspace-helper.js';

const ROOT = join(import.meta.dirname, '..', '..');

function modelWithWeight(weight: string): string {
    return `styrmodell Vikt "Testkommun" {
    kommun "1881"
    år 2019
}
vision V "Vision"
mål Kf "Mål" {
    nivå fullmäktige
    bidrar till V
    vikt ${weight}
}
`;
}

async function weightCodes(weight: string): Promise<string[]> {
    const workspace = await buildWorkspace({ 'styrmodell.styr': modelWithWeight(weight) });
    return workspace
        .raw('styrmodell.styr')
        .map(d => String(d.code))
        .filter(code => code === 'invalid-weight');
}

/** The check, the hover and the documentation say one thing about `vikt`: a positive number. */
describe('vikt: docs and check agree', () => {
    it.each([
        ['0', ['invalid-weight']],
        ['-1', ['invalid-weight']],
        ['0,5', []],
        ['2', []]
    ])('vikt %s gives %j', async (weight, codes) => {
        expect(await weightCodes(weight)).toEqual(codes);
    });

    it('the hover says the weight is positive', () => {
        expect(KEYWORD_DOCS.vikt).toMatch(/positivt tal/);
    });

    it.each(['README.md', 'src/fulfilment/README.md'])(
        '%s does not offer weight 0 as a way to leave a goal out',
        file => {
            const text = readFileSync(join(ROOT, file), 'utf8');
            expect(text).not.toMatch(/weight 0 left out|`vikt 0` \(or less\) shows/);
        }
    );
});
