import { describe, expect, it } from 'vitest';
import { renderOutline } from '../../src/diff/outline.js';
import { goal, line, loc, measure, model, peerGroup, points } from '../fulfilment/helpers.js';

/**
 * The outline git's textconv diffs (`styrmodell textconv`): one line per fact, each naming the element it belongs
 * to, so that a changed fact is one changed line.
 */
describe('renderOutline', () => {
    it('writes every fact of a model on its own line, named by what it belongs to', () => {
        const view = model({
            id: 'Kumla',
            title: 'Kumla kommun',
            municipality: '1881',
            year: 2024,
            dataSources: [
                { path: 'data.csv', resolvedPath: '/m/data.csv', location: loc() },
                { path: 'n.json', resolvedPath: '/m/n.json', kpi: 'N00945', location: loc() }
            ],
            vision: { id: 'V', title: 'Kumla växer', location: loc() },
            areas: [{ id: 'Trygg', title: 'Trygg kommun', location: loc() }],
            programmes: [{ id: 'P', title: 'Program', location: loc() }],
            committees: [{ id: 'KS', title: 'Kommunstyrelsen', location: loc() }],
            administrations: [
                { id: 'KLK', title: 'Kommunledningskontoret', committee: 'KS', location: loc() },
                { id: 'Fri', title: 'Fristående', location: loc() }
            ],
            groups: [peerGroup('Lika', ['1880', '1882'], ['G1'])],
            goals: [
                goal(
                    'Kf',
                    {
                        title: 'Trygghet',
                        level: 'fullmäktige',
                        area: 'Trygg',
                        contributesTo: ['V'],
                        municipalityWide: true,
                        programmes: ['P'],
                        weight: 2
                    },
                    [
                        measure('M', {
                            title: 'Nöjdhet',
                            kpi: 'U1',
                            unit: 'procent',
                            direction: 'lower',
                            gender: 'K',
                            weight: 3,
                            thresholds: [line('full', 'värde <= 10'), line('half', 'rang <= 50', 2026)],
                            actual: points({ 2023: 12.5 }),
                            target: points({ 2025: 9 })
                        })
                    ]
                ),
                goal('N', { owner: 'KS', levelStated: false, contributesTo: ['Kf', 'V'] }, [
                    measure('A', { direction: 'higher' })
                ])
            ]
        });
        expect(renderOutline(view, 'Huvud').split('\n')).toEqual([
            'del av Huvud',
            'styrmodell Kumla "Kumla kommun"',
            'styrmodell Kumla: kommun 1881',
            'styrmodell Kumla: år 2024',
            'styrmodell Kumla: data "data.csv"',
            'styrmodell Kumla: data "n.json" nyckeltal N00945',
            'vision V "Kumla växer"',
            'inriktning Trygg "Trygg kommun"',
            'program P "Program"',
            'nämnd KS "Kommunstyrelsen"',
            'förvaltning KLK "Kommunledningskontoret" under KS',
            'förvaltning Fri "Fristående"',
            'jämförelsegrupp Lika "Lika": "1880" "1882" G1',
            'mål Kf "Trygghet"',
            'mål Kf: nivå fullmäktige',
            'mål Kf: inriktning Trygg',
            'mål Kf: bidrar till V',
            'mål Kf: kommunövergripande',
            'mål Kf: program P',
            'mål Kf: vikt 2',
            'mått Kf.M "Nöjdhet"',
            'mått Kf.M: nyckeltal U1',
            'mått Kf.M: enhet "procent"',
            'mått Kf.M: lägre är bättre',
            'mått Kf.M: kön K',
            'mått Kf.M: vikt 3',
            'mått Kf.M: hel när värde <= 10',
            'mått Kf.M: halv när rang <= 50 från 2026',
            'mått Kf.M: utfall 2023 12,5',
            'mått Kf.M: målvärde 2025 9',
            'mål N "Målet N"',
            'mål N: ansvarig KS',
            'mål N: bidrar till Kf, V',
            'mått N.A "Måttet A"',
            'mått N.A: högre är bättre',
            ''
        ]);
    });

    it('has no header lines for a part file that names neither municipality nor year', () => {
        const text = renderOutline(model({ municipality: undefined, year: undefined }));
        expect(text).toBe('\n');
    });

    it('names the header by the municipality alone when the year is missing, and the other way round', () => {
        expect(renderOutline(model({ id: 'M', title: 'T', year: undefined }))).toBe(
            'styrmodell M "T"\nstyrmodell M: kommun 1881\n'
        );
        expect(renderOutline(model({ id: 'M', title: 'T', municipality: undefined }))).toBe(
            'styrmodell M "T"\nstyrmodell M: år 2019\n'
        );
    });

    it('writes a follow-up’s statements, an interim one with its date on every line', () => {
        const judged = (status: 'delvis' | 'hel', motivation: string) => ({ status, motivation, location: loc() });
        const view = model({
            municipality: undefined,
            year: undefined,
            followUps: [
                {
                    year: 2024,
                    title: 'Årsredovisning',
                    location: loc(),
                    entries: [
                        {
                            kind: 'goal',
                            goal: 'G',
                            assessment: judged('delvis', 'På väg'),
                            analysis: [{ text: 'Bättre', location: loc() }],
                            actions: [{ text: 'Mer', location: loc() }],
                            forecast: judged('delvis', 'Troligen'),
                            location: loc()
                        },
                        {
                            kind: 'measure',
                            goal: 'G',
                            measure: 'M',
                            assessment: judged('hel', 'Nått'),
                            analysis: [],
                            actions: [],
                            location: loc()
                        }
                    ]
                },
                {
                    year: 2024,
                    per: { day: 31, month: 8 },
                    title: 'Delår',
                    location: loc(),
                    entries: [
                        {
                            kind: 'goal',
                            goal: 'G',
                            analysis: [{ text: 'a', location: loc() }],
                            actions: [],
                            location: loc()
                        }
                    ]
                }
            ]
        });
        expect(renderOutline(view).split('\n')).toEqual([
            'uppföljning 2024 "Årsredovisning"',
            'uppföljning 2024 mål G: bedömning delvis "På väg"',
            'uppföljning 2024 mål G: analys "Bättre"',
            'uppföljning 2024 mål G: åtgärd "Mer"',
            'uppföljning 2024 mål G: prognos delvis "Troligen"',
            'uppföljning 2024 mått G.M: bedömning hel "Nått"',
            'uppföljning 2024 per 31 augusti "Delår"',
            'uppföljning 2024 per 31 augusti mål G: analys "a"',
            ''
        ]);
    });
});
