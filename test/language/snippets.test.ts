import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWorkspace } from './workspace-helper.js';

/** The snippets of sections 7 and 8, expanded with their defaults, parse and link in the place they are for. */
const SNIPPETS: Record<string, { prefix: string; body: string[] }> = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'snippets', 'styrmodell.json'), 'utf8')
);

/** `${1:default}` → default, `${1|a,b|}` → a, `$1` → nothing. */
function expand(body: string[]): string {
    return body
        .join('\n')
        .replace(/\$\{\d+\|([^,|]+)[^}]*\}/g, '$1')
        .replace(/\$\{\d+:([^}]*)\}/g, '$1')
        .replace(/\$\d+/g, '');
}

const MODEL = `styrmodell S "s" {
    kommun "1881"
    år 2019
}

vision V "v"

mål MålId "m" {
    nivå fullmäktige
    bidrar till V

    mått MåttId "m" {
        enhet "%"
        högre är bättre
        utfall {
            2019 80
        }
        hel  när värde >= 90
        INSIDE_MEASURE
    }
}

TOP_LEVEL
`;

describe('snippets for targets over the years and the follow-up', () => {
    it.each<[string, 'measure' | 'top' | 'followUp']>([
        ['uppföljning', 'top'],
        ['uppföljning av mål', 'followUp'],
        ['uppföljning av mått', 'followUp'],
        ['målvärde', 'measure'],
        ['hel när ... från', 'measure']
    ])('%s expands to text that parses and links', async (name, where) => {
        const snippet = SNIPPETS[name];
        expect(snippet, name).toBeDefined();
        const text = expand(snippet!.body);
        const model = MODEL.replace('INSIDE_MEASURE', where === 'measure' ? text : '').replace(
            'TOP_LEVEL',
            where === 'top' ? text : where === 'followUp' ? `uppföljning 2019 "u" {\n${text}\n}` : ''
        );
        const workspace = await buildWorkspace({ 'm.styr': model });
        const problems = workspace.diagnostics('m.styr').filter(d => /syntax-error|unresolved-reference/.test(d));
        expect(problems).toEqual([]);
    });
});
