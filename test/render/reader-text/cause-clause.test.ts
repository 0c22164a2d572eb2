import { describe, expect, it } from 'vitest';
import { type Cause, causeText } from '../../../src/fulfilment/cause.js';
import { causeClause } from '../../../src/render/reader-text/measure-reason.js';

/** One of every kind of cause the engine gives (the record's type makes a new kind a compile error here). */
const EVERY: { [K in Cause['kind']]: Extract<Cause, { kind: K }> } = {
    noValue: { kind: 'noValue', year: 2018, typed: true },
    valueTooLarge: { kind: 'valueTooLarge', year: 2019 },
    noSource: { kind: 'noSource' },
    noMunicipality: { kind: 'noMunicipality' },
    noNationalValue: { kind: 'noNationalValue', year: 2019, typed: true },
    noNationalKpi: { kind: 'noNationalKpi' },
    noTypedMean: { kind: 'noTypedMean', year: 2019 },
    noComparisonKpi: { kind: 'noComparisonKpi' },
    noDirection: { kind: 'noDirection' },
    unknownGroup: { kind: 'unknownGroup', group: 'Grannar' },
    koladaGroupNotLoaded: { kind: 'koladaGroupNotLoaded', koladaGroup: 'G404' },
    emptyGroup: { kind: 'emptyGroup', group: 'Grannar' },
    noValueInGroup: { kind: 'noValueInGroup', group: 'Grannar', year: 2019 },
    noTarget: { kind: 'noTarget', year: 2019 },
    numbersTooLarge: { kind: 'numbersTooLarge' },
    noThresholds: { kind: 'noThresholds' },
    noThresholdYet: { kind: 'noThresholdYet', year: 2019, first: 2021 },
    undecidable: { kind: 'undecidable' }
};
const title = (id: string) => (id === 'Grannar' ? 'grannkommunerna' : id);

describe('causeClause: the reader text words every cause the engine gives', () => {
    it.each(Object.values(EVERY))('%j in plain words, after "eftersom" and alone', cause => {
        for (const order of ['sub', 'main'] as const) {
            const clause = causeClause(cause, title, order);
            expect(clause).toMatch(/^[a-zåäö]/);
            // No model syntax, no ids where the model gives a title, no Kolada group code.
            expect(clause).not.toMatch(/[{}<>=]|\bnär\b|\briket \{|\bmedel \{|\butfall\b|\bGrannar\b|G404/);
        }
    });

    it('turns the word order of a clause that stands alone', () => {
        expect(causeClause(EVERY.noComparisonKpi, title, 'sub')).toBe(
            'måttet inte har något nyckeltal att jämföra med andra kommuner'
        );
        expect(causeClause(EVERY.noComparisonKpi, title, 'main')).toBe(
            'måttet har inget nyckeltal att jämföra med andra kommuner'
        );
        expect(causeClause(EVERY.unknownGroup, title, 'sub')).toBe('jämförelsegruppen grannkommunerna inte finns');
        expect(causeClause(EVERY.unknownGroup, title, 'main')).toBe('jämförelsegruppen grannkommunerna finns inte');
        expect(causeClause(EVERY.noValue, title)).toBe('värdet för 2018 saknas');
    });

    it.each<[Cause['kind'], string, string]>([
        ['noValue', 'värdet för 2018 saknas', 'värdet för 2018 saknas'],
        [
            'valueTooLarge',
            'värdet för 2019 är för stort för att räkna med',
            'värdet för 2019 är för stort för att räkna med'
        ],
        [
            'noSource',
            'måttet varken har ett nyckeltal eller egna värden',
            'måttet har varken ett nyckeltal eller egna värden'
        ],
        ['noMunicipality', 'modellen inte anger någon kommun', 'modellen anger inte någon kommun'],
        ['noNationalValue', 'riksvärdet för 2019 saknas', 'riksvärdet för 2019 saknas'],
        [
            'noNationalKpi',
            'måttet inte har något nyckeltal att hämta riksvärdet ur',
            'måttet har inget nyckeltal att hämta riksvärdet ur'
        ],
        ['noTypedMean', 'medelvärdet för 2019 saknas', 'medelvärdet för 2019 saknas'],
        [
            'noComparisonKpi',
            'måttet inte har något nyckeltal att jämföra med andra kommuner',
            'måttet har inget nyckeltal att jämföra med andra kommuner'
        ],
        [
            'noDirection',
            'modellen inte anger om högre eller lägre värden är bättre',
            'modellen anger inte om högre eller lägre värden är bättre'
        ],
        [
            'unknownGroup',
            'jämförelsegruppen grannkommunerna inte finns',
            'jämförelsegruppen grannkommunerna finns inte'
        ],
        [
            'koladaGroupNotLoaded',
            'gruppens medlemmar inte finns i underlaget',
            'gruppens medlemmar finns inte i underlaget'
        ],
        ['emptyGroup', 'grannkommunerna inte har några kommuner', 'grannkommunerna har inga kommuner'],
        [
            'noValueInGroup',
            'ingen kommun i grannkommunerna har ett värde för 2019',
            'ingen kommun i grannkommunerna har ett värde för 2019'
        ],
        ['noTarget', 'inget målvärde gäller för 2019', 'inget målvärde gäller för 2019'],
        ['numbersTooLarge', 'talen är för stora för att räkna med', 'talen är för stora för att räkna med'],
        ['noThresholds', 'måttet har inga gränsvärden', 'måttet har inga gränsvärden'],
        [
            'noThresholdYet',
            'inget gränsvärde gäller för 2019; det första gäller från 2021',
            'inget gränsvärde gäller för 2019; det första gäller från 2021'
        ],
        // After "eftersom" the negation comes before the verb: "eftersom villkoret inte kan avgöras".
        ['undecidable', 'villkoret inte kan avgöras', 'villkoret kan inte avgöras']
    ])('%s: after "eftersom" and alone', (kind, sub, main) => {
        expect(causeClause(EVERY[kind], title, 'sub')).toBe(sub);
        expect(causeClause(EVERY[kind], title, 'main')).toBe(main);
    });

    it('names a group by its id without a title function, and words a clause after "eftersom" by default', () => {
        expect(causeClause(EVERY.emptyGroup)).toBe('Grannar inte har några kommuner');
    });

    it('keeps the model’s words for the planner’s hover apart from the reader’s', () => {
        expect(causeText(EVERY.noNationalValue)).toBe('inget riksvärde för 2019 i riket { }');
        expect(causeClause(EVERY.noNationalValue, title)).toBe('riksvärdet för 2019 saknas');
    });
});
