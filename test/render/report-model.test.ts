import { describe, expect, it } from 'vitest';
import type { ModelResult } from '../../src/fulfilment/result.js';
import type { RenderInput } from '../../src/render/render-input.js';
import {
    buildReportTree,
    type GoalNode,
    ownerInfo,
    ownerOptions,
    pickResult,
    type ReportTree,
    statusCounts
} from '../../src/render/report-model.js';
import { goal, loc, measure } from '../fulfilment/helpers.js';
import { fixtureInput, fixtureModel } from './fixture.js';

/** Each goal's key with its children's, depth first: `g:A(g:B,g:C)`. */
function shape(nodes: readonly GoalNode[]): string {
    return nodes.map(n => (n.children.length > 0 ? `${n.key}(${shape(n.children)})` : n.key)).join(',');
}

function areas(tree: ReportTree): string[] {
    return tree.areas.map(a => `${a.key} ${a.title}: ${shape(a.goals)}`);
}

describe('owners', () => {
    const view = fixtureModel();

    it('names a nämnd, a förvaltning with its nämnd, and an unknown owner by its id', () => {
        expect(ownerInfo(view, undefined)).toBeUndefined();
        expect(ownerInfo(view, 'BUN')).toEqual({ id: 'BUN', title: 'Barn- och utbildningsnämnden', kind: 'nämnd' });
        expect(ownerInfo(view, 'KLF')).toEqual({
            id: 'KLF',
            title: 'Kommunledningsförvaltningen',
            kind: 'förvaltning',
            committee: { id: 'KS', title: 'Kommunstyrelsen' }
        });
        expect(ownerInfo(view, 'Okänd')).toEqual({ id: 'Okänd', title: 'Okänd', kind: 'nämnd' });
        const orphan = fixtureModel({
            administrations: [{ id: 'X', title: 'Förvaltning X', committee: 'Borta', location: loc(10) }]
        });
        expect(ownerInfo(orphan, 'X')).toEqual({ id: 'X', title: 'Förvaltning X', kind: 'förvaltning' });
    });

    it('offers each nämnd owning goals, counting its förvaltningar, followed by them, then owners not in the model', () => {
        expect(ownerOptions(view)).toEqual([
            { id: 'KS', title: 'Kommunstyrelsen', kind: 'nämnd', goals: 1 },
            {
                id: 'KLF',
                title: 'Kommunledningsförvaltningen',
                kind: 'förvaltning',
                committee: { id: 'KS', title: 'Kommunstyrelsen' },
                goals: 1
            },
            { id: 'BUN', title: 'Barn- och utbildningsnämnden', kind: 'nämnd', goals: 1 }
        ]);
        const more = fixtureModel({
            goals: [
                ...view.goals,
                goal('Egen', { owner: 'KS', contributesTo: ['TryggUppväxt'] }),
                goal('Andra', { owner: 'KS' }),
                goal('Okänt', { owner: 'Okänd' }),
                goal('Utan', {})
            ]
        });
        expect(ownerOptions(more).map(o => `${o.id} ${o.goals}`)).toEqual(['KS 3', 'KLF 1', 'BUN 1', 'Okänd 1']);
        // A nämnd without goals of its own or its förvaltningar's is not offered.
        const none = fixtureModel({ goals: view.goals.filter(g => g.owner !== 'BUN') });
        expect(ownerOptions(none).map(o => o.id)).toEqual(['KS', 'KLF']);
    });
});

describe('the result a tree shows', () => {
    const input = fixtureInput();
    const interim = (result: ModelResult, day: number, month: number): ModelResult => ({
        ...result,
        followUp: { year: result.year, per: { day, month }, title: 'Delår', location: loc(90) }
    });
    const [first, second] = input.results as [ModelResult, ModelResult];
    const withInterims: RenderInput = { ...input, interims: [interim(first, 30, 4), interim(second, 31, 8)] };

    it('takes the year asked for, else the input year, else the last', () => {
        expect(pickResult(input, 2018)).toBe(first);
        expect(pickResult(input)).toBe(second);
        expect(pickResult({ ...input, year: 2018 }, 2030)).toBe(first);
        expect(pickResult({ ...input, year: 2030 }, 2031)).toBe(second);
        expect(pickResult({ ...input, results: [] })).toBeUndefined();
    });

    it("takes the interim of the date asked for in that year, else the year's final result", () => {
        expect(pickResult(withInterims, 2019, { day: 31, month: 8 })).toBe(withInterims.interims![1]);
        expect(pickResult(withInterims, undefined, { day: 31, month: 8 })).toBe(withInterims.interims![1]);
        expect(pickResult(withInterims, 2018, { day: 30, month: 4 })).toBe(withInterims.interims![0]);
        expect(pickResult(withInterims, 2018, { day: 31, month: 8 })).toBe(first);
        expect(pickResult(withInterims, 2019, { day: 30, month: 4 })).toBe(second);
        expect(pickResult(input, 2019, { day: 31, month: 8 })).toBe(second);
    });

    it("shows the input's own interim in its year only, or the one asked for, and the year before beside it", () => {
        const report: RenderInput = { ...withInterims, per: { day: 31, month: 8 } };
        const tree = buildReportTree(report)!;
        expect(tree.result).toBe(withInterims.interims![1]);
        expect(tree.previous).toBe(first);
        expect(buildReportTree(report, { year: 2019 })!.result).toBe(withInterims.interims![1]);
        expect(buildReportTree(report, { year: 2018 })!.result).toBe(first);
        const final = buildReportTree(report, { per: null })!;
        expect(final.result).toBe(second);
        expect(final.previous).toBeUndefined();
        expect('previous' in final).toBe(false);
        const april = buildReportTree(withInterims, { year: 2018, per: { day: 30, month: 4 } })!;
        expect(april.result).toBe(withInterims.interims![0]);
        expect(april.year).toBe(2018);
        // No year before 2018 was computed: nothing beside it.
        expect(april.previous).toBeUndefined();
    });

    it("shows an interim's values in its own year of each measure's series", () => {
        const changed = interim(second, 31, 8);
        const measure = changed.measures.find(m => m.id === 'Betyg')!;
        const copy = { ...measure, value: 1 };
        changed.measures = changed.measures.map(m => (m === measure ? copy : m));
        const tree = buildReportTree({ ...input, interims: [changed], per: { day: 31, month: 8 } })!;
        const view = tree.view.goals.flatMap(g => g.measures).find(m => m.id === 'Betyg')!;
        expect(tree.measureSeries(view).map(s => [s.year, s.result?.value])).toEqual([
            [2018, 85.25],
            [2019, 1]
        ]);
    });

    it('counts statuses of KF goals, committee goals and measures', () => {
        const counts = statusCounts(second);
        const kf = second.goals.filter(g => g.level === 'fullmäktige').length;
        expect(Object.values(counts.kf).reduce((a, b) => a + b, 0)).toBe(kf);
        expect(Object.values(counts.committee).reduce((a, b) => a + b, 0)).toBe(second.goals.length - kf);
        expect(counts.measures).toEqual({ halv: 2, hel: 1, saknas: 1, ingen: 1, ej_bedomd: 1 });
    });
});

describe('the goal tree', () => {
    const input = fixtureInput();

    it('groups KF goals by inriktning, with the goals contributing to them and their measures', () => {
        const tree = buildReportTree(input)!;
        expect(areas(tree)).toEqual([
            'a:Trygghet Trygghet och lärande: g:TryggUppväxt(g:KlararSkolan,g:SnabbService)',
            'a:Ekonomi Ekonomi och medarbetare: g:GodEkonomi'
        ]);
        expect(tree.areas.map(a => a.kind)).toEqual(['area', 'area']);
        const skolan = tree.areas[0]!.goals[0]!.children[0]!;
        expect(skolan.kind).toBe('goal');
        expect(skolan.owner).toEqual({ id: 'BUN', title: 'Barn- och utbildningsnämnden', kind: 'nämnd' });
        expect(skolan.measures.map(m => `${m.kind} ${m.key}`)).toEqual([
            'measure m:KlararSkolan.Behöriga',
            'measure m:KlararSkolan.Betyg',
            'measure m:KlararSkolan.Saknad'
        ]);
        expect('owner' in tree.areas[0]!.goals[0]!).toBe(false);
        expect(tree.vision?.view.title).toBe('Vision 2030');
        expect(tree.years).toEqual([2018, 2019]);
        expect(tree.unattached).toEqual([]);
        expect('owner' in tree).toBe(false);
    });

    it('keeps an inriktning without goals, and gathers KF goals without one under their own heading', () => {
        const view = fixtureModel();
        const loose = fixtureInput({
            goals: view.goals.map(g => (g.id === 'GodEkonomi' ? { ...g, area: undefined } : g))
        });
        expect(areas(buildReportTree(loose)!)).toEqual([
            'a:Trygghet Trygghet och lärande: g:TryggUppväxt(g:KlararSkolan,g:SnabbService)',
            'a:Ekonomi Ekonomi och medarbetare: ',
            'a: Övriga fullmäktigemål: g:GodEkonomi'
        ]);
        const unknownArea = fixtureInput({
            areas: [],
            goals: view.goals.map(g => (g.id === 'GodEkonomi' ? { ...g, area: 'Borta' } : g))
        });
        expect(areas(buildReportTree(unknownArea)!)).toEqual([
            'a: Fullmäktiges mål: g:TryggUppväxt(g:KlararSkolan,g:SnabbService),g:GodEkonomi'
        ]);
    });

    it('shows committee goals no KF goal reaches, the ones others contribute to first with those under them', () => {
        const view = fixtureModel();
        const input = fixtureInput({
            goals: [
                ...view.goals.map(g => (g.id === 'SnabbService' ? { ...g, contributesTo: ['Lös'] } : g)),
                goal('Ensam', { owner: 'BUN' }),
                goal('Lös', { owner: 'KS' })
            ]
        });
        const tree = buildReportTree(input)!;
        expect(shape(tree.unattached)).toBe('g:Lös(g:SnabbService),g:Ensam');
    });

    it('ends a cycle of contributions where it comes back, and unfolds a goal under its first place only', () => {
        const view = fixtureModel();
        const input = fixtureInput({
            goals: [
                ...view.goals.map(g =>
                    g.id === 'TryggUppväxt'
                        ? { ...g, contributesTo: ['GodEkonomi'] }
                        : g.id === 'GodEkonomi'
                          ? { ...g, contributesTo: ['TryggUppväxt'] }
                          : g
                ),
                goal('Båda', { owner: 'BUN', contributesTo: ['KlararSkolan', 'SnabbService'] })
            ]
        });
        const tree = buildReportTree(input)!;
        expect(areas(tree)).toEqual([
            'a:Trygghet Trygghet och lärande: g:TryggUppväxt(g:GodEkonomi,g:KlararSkolan(g:Båda),g:SnabbService(g:Båda))',
            'a:Ekonomi Ekonomi och medarbetare: g:GodEkonomi'
        ]);
    });

    it.each([
        ['BUN', ['a:Trygghet Trygghet och lärande: g:TryggUppväxt(g:KlararSkolan)'], 3],
        ['KS', ['a:Trygghet Trygghet och lärande: g:TryggUppväxt(g:SnabbService)'], 2],
        ['KLF', ['a:Trygghet Trygghet och lärande: g:TryggUppväxt(g:SnabbService)'], 2]
    ])(
        'with the owner %s keeps its goals and the goals above them, without their measures',
        (owner, shown, measures) => {
            const tree = buildReportTree(input, { owner })!;
            expect(tree.owner).toBe(owner);
            expect(areas(tree)).toEqual(shown);
            const top = tree.areas[0]!.goals[0]!;
            expect(top.measures).toEqual([]);
            expect(top.children[0]!.measures).toHaveLength(measures);
        }
    );

    it('ignores an owner that owns no goal', () => {
        const tree = buildReportTree(input, { owner: 'Okänd' })!;
        expect('owner' in tree).toBe(false);
        expect(areas(tree)).toEqual(areas(buildReportTree(input)!));
    });

    it("shows a KF goal's own measures when its owner is filtered, and an unattached goal of another owner not at all", () => {
        const view = fixtureModel();
        const owned = fixtureInput({
            goals: [
                ...view.goals.map(g => (g.id === 'GodEkonomi' ? { ...g, owner: 'KS' } : g)),
                goal('Ensam', { owner: 'BUN' }, [measure('X', { actual: [] })])
            ]
        });
        const tree = buildReportTree(owned, { owner: 'KS' })!;
        expect(areas(tree)).toEqual([
            'a:Trygghet Trygghet och lärande: g:TryggUppväxt(g:SnabbService)',
            'a:Ekonomi Ekonomi och medarbetare: g:GodEkonomi'
        ]);
        expect(tree.areas[1]!.goals[0]!.measures).toHaveLength(1);
        expect(tree.unattached).toEqual([]);
        expect(shape(buildReportTree(owned, { owner: 'BUN' })!.unattached)).toBe('g:Ensam');
    });

    it('has no vision without one in the model or its result, and no tree without a result', () => {
        expect(buildReportTree(fixtureInput({ vision: undefined }))!.vision).toBeUndefined();
        const noVisionResult = input.results.map(r => ({ ...r, vision: undefined }));
        expect(buildReportTree({ ...input, results: noVisionResult })!.vision).toBeUndefined();
        expect(buildReportTree({ ...input, results: [] })).toBeUndefined();
    });
});
