/**
 * The opening sentence (READERS.md 2): how many of fullmäktige's goals are met, partly, not and without
 * underlag, singular and plural, with last year's count when the report has that year; each KF goal once.
 */
import { describe, expect, it } from 'vitest';
import type { GoalStatus } from '../../../src/fulfilment/result.js';
import { openingSentence, previousResult, shownKfGoals } from '../../../src/render/reader-text/index.js';
import type { ReportTree } from '../../../src/render/report-model.js';

/**
 * Only what the opening reads of a report tree: the KF goals the page shows (by inriktning), their results this
 * year and, when given, the year before.
 */
function tree(shown: string[][], now: Record<string, GoalStatus>, before?: Record<string, GoalStatus>): ReportTree {
    const result = (year: number, statuses: Record<string, GoalStatus>) => ({
        year,
        goals: Object.entries(statuses).map(([id, status]) => ({ id, status }))
    });
    return {
        year: 2023,
        areas: shown.map(ids => ({ goals: ids.map(id => ({ view: { id } })) })),
        result: result(2023, now),
        input: { results: [...(before ? [result(2022, before)] : []), result(2023, now)] }
    } as unknown as ReportTree;
}

const SEVEN = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
const statuses = (...list: GoalStatus[]) => Object.fromEntries(list.map((s, i) => [SEVEN[i]!, s]));

describe('openingSentence', () => {
    it.each<[string, ReportTree, string]>([
        ['no KF goals', tree([], {}), 'Modellen har inga fullmäktigemål att följa upp 2023.'],
        ['one, met', tree([['A']], { A: 'uppfyllt' }), '1 av 1 av fullmäktiges mål är uppfyllt 2023.'],
        ['one, partly', tree([['A']], { A: 'delvis' }), '0 av 1 av fullmäktiges mål är uppfyllt 2023, 1 delvis.'],
        ['one, not met', tree([['A']], { A: 'ej_uppfyllt' }), '0 av 1 av fullmäktiges mål är uppfyllt 2023, 1 inte.'],
        ['one without a result', tree([['A']], {}), '0 av 1 av fullmäktiges mål är uppfyllt 2023, 1 saknar underlag.'],
        [
            'the example of READERS.md',
            tree(
                [SEVEN.slice(0, 4), SEVEN.slice(4)],
                statuses('uppfyllt', 'uppfyllt', 'uppfyllt', 'uppfyllt', 'delvis', 'delvis', 'ej_uppfyllt'),
                statuses('uppfyllt', 'uppfyllt', 'uppfyllt', 'delvis', 'delvis', 'ej_uppfyllt', 'saknas')
            ),
            '4 av 7 av fullmäktiges mål är uppfyllda 2023, 2 delvis och 1 inte (2022: 3 av 7).'
        ],
        [
            'every status, last year without them',
            tree([SEVEN.slice(0, 5)], statuses('uppfyllt', 'uppfyllt', 'delvis', 'ej_uppfyllt', 'saknas'), {
                Z: 'uppfyllt'
            }),
            '2 av 5 av fullmäktiges mål är uppfyllda 2023, 1 delvis, 1 inte och 1 saknar underlag (2022: 0 av 5).'
        ],
        [
            'all met, one shown under two inriktningar',
            tree([['A', 'B'], ['B']], { A: 'uppfyllt', B: 'uppfyllt' }, { A: 'uppfyllt', B: 'uppfyllt' }),
            '2 av 2 av fullmäktiges mål är uppfyllda 2023 (2022: 2 av 2).'
        ]
    ])('%s', (_name, t, sentence) => {
        expect(openingSentence(t)).toBe(sentence);
    });
});

describe('shownKfGoals and previousResult', () => {
    it('lists each shown KF goal once, in order', () => {
        expect(
            shownKfGoals(
                tree(
                    [
                        ['A', 'B'],
                        ['B', 'C']
                    ],
                    {}
                )
            )
        ).toEqual(['A', 'B', 'C']);
    });

    it('gives the result of the year just before, or none', () => {
        expect(previousResult(tree([['A']], {}, { A: 'delvis' }))?.year).toBe(2022);
        expect(previousResult(tree([['A']], {}))).toBeUndefined();
    });
});
