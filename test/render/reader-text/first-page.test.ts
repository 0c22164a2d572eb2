/**
 * The first page (READERS.md 2), pinned whole: every inriktning and KF goal with its status, fulfilment,
 * coverage and trend mark; an assessed goal's first sentence of motivation; the weights only where they differ;
 * the quality line only when there are notes; a first year without trend marks.
 */
import { describe, expect, it } from 'vitest';
import type { GoalView, ModelView } from '../../../src/model/model-view.js';
import { type FirstPageGoal, firstPage } from '../../../src/render/reader-text/index.js';
import type { RenderInput } from '../../../src/render/render-input.js';
import { buildReportTree } from '../../../src/render/report-model.js';
import { loc, measure } from '../../fulfilment/helpers.js';
import { fixtureInput, fixtureModel } from '../fixture.js';

const NBSP = '\u00a0';
const same = { direction: 'same', symbol: '→', word: 'oförändrat', since: 2018, text: '→ oförändrat sedan 2018' };
const worse = { direction: 'worse', symbol: '↓', word: 'sämre', since: 2018, text: '↓ sämre än 2018' };

/** The fixture's goals, each changed by `change` (by id). */
function goalsWith(change: Record<string, Partial<GoalView>>): Partial<ModelView> {
    return { goals: fixtureModel().goals.map(g => ({ ...g, ...change[g.id] })) };
}

const page = (input: RenderInput) => firstPage(buildReportTree(input)!);

describe('firstPage', () => {
    it('gives every inriktning and KF goal, with trend marks against the year before', () => {
        expect(page(fixtureInput())).toStrictEqual({
            year: 2019,
            previousYear: 2018,
            opening: '0 av 2 av fullmäktiges mål är uppfyllda 2019, 1 delvis och 1 inte (2018: 1 av 2).',
            areas: [
                {
                    key: 'a:Trygghet',
                    title: 'Inriktning: Trygghet och lärande',
                    status: 'ej_uppfyllt',
                    fulfilment: `37${NBSP}%`,
                    trend: same,
                    goals: [
                        {
                            key: 'g:TryggUppväxt',
                            title: 'Trygg uppväxt',
                            status: 'ej_uppfyllt',
                            assessed: false,
                            fulfilment: `37${NBSP}%`,
                            coverage: '4 av 5',
                            trend: same
                        }
                    ]
                },
                {
                    key: 'a:Ekonomi',
                    title: 'Inriktning: Ekonomi och medarbetare',
                    status: 'delvis',
                    fulfilment: `50${NBSP}%`,
                    trend: worse,
                    goals: [
                        {
                            key: 'g:GodEkonomi',
                            title: 'God ekonomi',
                            status: 'delvis',
                            assessed: false,
                            fulfilment: `50${NBSP}%`,
                            coverage: '1 av 1',
                            trend: worse
                        }
                    ]
                }
            ]
        });
    });

    it('has no trend marks and no previous year in the first year of the data', () => {
        const first = page(fixtureInput({}, 2018));
        expect(Object.hasOwn(first, 'previousYear')).toBe(false);
        expect(first.areas.some(a => Object.hasOwn(a, 'trend') || a.goals.some(g => Object.hasOwn(g, 'trend')))).toBe(
            false
        );
        expect(first.opening).toBe('1 av 2 av fullmäktiges mål är uppfyllda 2018, 1 inte.');
        expect(first.areas.map(a => [a.trend, ...a.goals.map(g => g.trend)])).toEqual([
            [undefined, undefined],
            [undefined, undefined]
        ]);
    });

    it('gives the KF goals without an inriktning under their group’s own title, with no roll-up', () => {
        const input = fixtureInput({ ...goalsWith({ GodEkonomi: { area: undefined } }) });
        const other = page(input).areas.find(a => a.key !== 'a:Trygghet' && a.key !== 'a:Ekonomi')!;
        expect(other.title).toBe('Övriga fullmäktigemål');
        expect(other.goals.map(g => g.title)).toEqual(['God ekonomi']);
        expect(page(input).areas.find(a => a.key === 'a:Ekonomi')).toMatchObject({ goals: [] });
        expect(page(input).areas.find(a => a.key === 'a:Ekonomi')!.status).toBeUndefined();
    });

    it.each<[string, Record<string, Partial<GoalView>>, Partial<FirstPageGoal>[]]>([
        ['all weigh the same: no weights', {}, [{}, {}]],
        [
            'KF goals of one inriktning weigh differently: each says its weight, in Swedish form',
            { TryggUppväxt: { weight: 1.5 }, GodEkonomi: { area: 'Trygghet' } },
            [{ weight: 'vikt 1,5' }, { weight: 'vikt 1' }]
        ],
        [
            'the goals a KF goal is computed from weigh differently',
            { KlararSkolan: { weight: 2 } },
            [{ weights: 'Väger olika: ”Fler elever klarar skolan” vikt 2 och ”Snabb service” vikt 1.' }, {}]
        ]
    ])('%s', (_name, change, expected) => {
        const goals = page(fixtureInput(goalsWith(change))).areas.flatMap(a => a.goals);
        expect(goals.map(g => ({ weight: g.weight, weights: g.weights }))).toEqual(
            expected.map(e => ({ weight: e.weight, weights: e.weights }))
        );
        for (const [i, goal] of goals.entries()) {
            expect(Object.hasOwn(goal, 'weight')).toBe(expected[i]!.weight !== undefined);
            expect(Object.hasOwn(goal, 'weights')).toBe(expected[i]!.weights !== undefined);
        }
    });

    it('lists a goal’s measures and goals with their weights when its measures weigh differently', () => {
        const goals = goalsWith({});
        const ekonomi = goals.goals!.find(g => g.id === 'GodEkonomi')!;
        ekonomi.measures = [
            ...ekonomi.measures,
            { ...measure('Soliditet', { title: 'Soliditet', weight: 0.5, location: loc(36) }), goal: 'GodEkonomi' }
        ];
        const entry = page(fixtureInput(goals)).areas[1]!.goals[0]!;
        expect(entry.weights).toBe(
            'Väger olika: ”Resultat i förhållande till skatteintäkter” vikt 1 och ”Soliditet” vikt 0,5.'
        );
    });

    it('gives an assessed goal its first sentence of motivation, and none without a motivation', () => {
        const tree = buildReportTree(fixtureInput())!;
        const [trygg, ekonomi] = tree.areas.map(a => a.goals[0]!);
        trygg!.result = {
            ...trygg!.result,
            status: 'delvis',
            assessment: {
                status: 'delvis',
                motivation: 'Tryggheten har ökat. Men inte i alla skolor.',
                location: loc(80)
            }
        };
        ekonomi!.result = {
            ...ekonomi!.result,
            assessment: { status: 'delvis', motivation: '', location: loc(81) }
        };
        const [first, second] = firstPage(tree).areas.map(a => a.goals[0]!);
        expect(first).toMatchObject({ status: 'delvis', assessed: true, motivation: 'Tryggheten har ökat.' });
        expect(second).toMatchObject({ assessed: true });
        expect(second!.motivation).toBeUndefined();
    });

    it.each<[string, number, string | undefined]>([
        ['no notes: no line', 0, undefined],
        ['one note', 1, '1 anmärkning om underlaget, se bilagan.'],
        ['two notes', 2, '2 anmärkningar om underlaget, se bilagan.']
    ])('quality: %s', (_name, count, line) => {
        const input = fixtureInput();
        input.warnings = Array.from({ length: count }, (_, i) => ({
            file: input.view.location.file,
            line: i + 1,
            code: 'other',
            message: `Anmärkning nummer ${i + 1}.`
        }));
        expect(page(input).quality).toBe(line);
        expect(Object.hasOwn(page(input), 'quality')).toBe(line !== undefined);
    });
});
