import { describe, expect, it } from 'vitest';
import { StyrmodellAstReflection } from '../../src/language/generated/ast.js';
import { buildWorkspace } from './workspace-helper.js';

/** Words a planner must never see: JavaScript's and the grammar's. */
const TYPE_NAMES = new StyrmodellAstReflection().getAllTypes().filter(name => name.length > 3);
const LEAKS = new RegExp(`\\b(undefined|null|NaN|Infinity|object Object|STRING|NUMBER|EOF|${TYPE_NAMES.join('|')})\\b`);

/** Models with names, values and ids left out, each of which once gave a message with `undefined` in it. */
const BROKEN: Record<string, string> = {
    'okvoterad-kommun.styr': 'styrmodell A "A" {\n    kommun 1885\n    år 2019\n}\nvision V "V"\n',
    'mål-utan-namn.styr':
        'styrmodell B "B" {\n    kommun "1885"\n    år 2019\n}\nvision V "V"\nmål "Utan namn" {\n    nivå fullmäktige\n    bidrar till V\n}\nmål {\n}\nmål X {\n    nivå\n    bidrar till\n    mått {\n        hel när värde >=\n        halv när\n    }\n}\n',
    'del-av-utan-id.styr': 'del av\nmål N "N" {\n    nivå nämnd\n    bidrar till\n    ansvarig\n}\n',
    'del-av-okänd.styr':
        'del av Finns_inte\nmål N2 "N2" {\n    nivå nämnd\n    mått M "M" {\n        nyckeltal\n        enhet\n        utfall {\n            2019\n        }\n        hel när rang <= \n    }\n}\n',
    'huvud-utan-allt.styr':
        'styrmodell {\n    kommun\n    år\n    data\n    bedömning {\n        uppfyllt >=\n    }\n}\njämförelsegrupp {\n    kommuner\n    kolada\n}\nnämnd\nförvaltning F "F" under\nprogram\ninriktning\nvision\n',
    'trasiga-tal.styr':
        'styrmodell C "C" {\n    kommun "1885"\n    år 99999999999999999999\n    bedömning {\n        uppfyllt >= 1e309 %\n        delvis >= -5 %\n    }\n}\nmål G "G" {\n    nivå fullmäktige\n    vikt -1\n    mått M "M" {\n        enhet "%"\n        högre är bättre\n        utfall {\n            2019 0,875\n            2019 1\n        }\n        hel  när värde >= 0,9 %\n        halv när värde >= 2 %\n    }\n}\n'
};

describe('messages a planner understands', () => {
    it('no check says undefined, null, NaN or a type name on models with missing names, values and ids', async () => {
        const workspace = await buildWorkspace(BROKEN);
        const leaks: string[] = [];
        let count = 0;
        for (const name of Object.keys(BROKEN)) {
            for (const diagnostic of workspace.raw(name)) {
                count++;
                const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
                if (LEAKS.test(message))
                    leaks.push(`${name}:${diagnostic.range.start.line + 1} [${String(diagnostic.code)}] ${message}`);
            }
        }
        expect(count).toBeGreaterThan(20);
        expect(leaks).toEqual([]);
    });
});
