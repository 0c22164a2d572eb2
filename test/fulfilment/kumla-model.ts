/**
 * The Kumla reference model (spec/kumla/*.styr) written out by hand as the ModelView the language layer
 * should produce, so the engine can be checked against expected-2019.json without a parser.
 */
import { join } from 'node:path';
import type { ModelView } from '../../src/model/model-view.js';
import { cond, goal, loc, measure, model, peerGroup, points } from './helpers.js';

export function kumlaModel(dir: string): ModelView {
    const header = join(dir, 'styrmodell.styr');
    const committees = join(dir, 'nämnderna.styr');
    const kf = (
        id: string,
        line: number,
        init: Parameters<typeof goal>[1] = {},
        measures: Parameters<typeof goal>[2] = []
    ) =>
        goal(
            id,
            { level: 'fullmäktige', contributesTo: ['Vision2025'], location: loc(line, header), ...init },
            measures
        );
    const committee = (
        id: string,
        line: number,
        contributesTo: string,
        owner: string,
        measures: Parameters<typeof goal>[2]
    ) => goal(id, { level: 'nämnd', contributesTo: [contributesTo], owner, location: loc(line, committees) }, measures);
    const higher = 'higher' as const;

    return model({
        id: 'Kumla',
        title: 'Kumla kommun',
        municipality: '1881',
        year: 2019,
        dataSources: [
            { path: 'data/resultat.csv', resolvedPath: join(dir, 'data/resultat.csv'), location: loc(8, header) },
            { path: 'data/hemtjanst.json', resolvedPath: join(dir, 'data/hemtjanst.json'), location: loc(9, header) },
            {
                path: 'data/foretagsklimat.csv',
                resolvedPath: join(dir, 'data/foretagsklimat.csv'),
                kpi: 'U07453',
                location: loc(10, header)
            }
        ],
        vision: { id: 'Vision2025', title: 'Vision 2025', location: loc(13, header) },
        groups: [
            peerGroup('Länet', [
                '1814',
                '1860',
                '1861',
                '1862',
                '1863',
                '1864',
                '1880',
                '1881',
                '1882',
                '1883',
                '1884',
                '1885'
            ])
        ],
        files: [header, committees],
        location: loc(5, header),
        goals: [
            kf('DemokratiDialog', 36),
            kf('ServiceTillgänglighet', 43),
            kf('Ekonomi', 50, { municipalityWide: true, weight: 2 }, [
                measure('Resultatnivå', {
                    unit: '%',
                    direction: higher,
                    actual: points({ 2018: 2.1, 2019: 1.4 }, 62),
                    full: cond('värde >= 2', 65),
                    half: cond('värde >= 1', 66)
                })
            ]),
            kf('Medarbetare', 70, { municipalityWide: true }, [
                measure('Sjukfrånvaro', {
                    unit: '%',
                    direction: 'lower',
                    actual: points({ 2018: 7.2, 2019: 6.8 }, 81),
                    full: cond('värde <= 6', 84),
                    half: cond('förändring < 0', 85)
                })
            ]),
            kf('Folkhälsa', 89),
            kf('Utbildning', 96),
            kf('KulturFritid', 103),
            kf('MiljöTrygghetTeknik', 110),
            kf('BoendeNäringsliv', 117),
            committee('Delaktighet', 6, 'DemokratiDialog', 'KS', [
                measure('Delaktighetsindex', {
                    kpi: 'delaktighetsindex',
                    unit: 'index',
                    direction: higher,
                    full: cond('skillnad mot riket >= 0', 16),
                    half: cond('skillnad mot riket >= -5', 17)
                })
            ]),
            committee('GodService', 21, 'ServiceTillgänglighet', 'KLF', [
                measure('DirektSvar', {
                    kpi: 'telefon-direktsvar',
                    unit: '%',
                    direction: higher,
                    full: cond('rang <= 10', 32),
                    half: cond('rang <= 20', 33)
                }),
                measure('GottBemötande', {
                    kpi: 'telefon-bemötande',
                    unit: '%',
                    direction: higher,
                    full: cond('rang <= 10', 40),
                    half: cond('rang <= 20', 41)
                })
            ]),
            committee('NöjdaBrukare', 45, 'Folkhälsa', 'VON', [
                measure('Hemtjänst', {
                    kpi: 'U21468',
                    unit: '%',
                    direction: higher,
                    full: cond('kvartil = 1', 54),
                    half: cond('kvartil <= 2', 55)
                })
            ]),
            committee('GodkändaResultat', 59, 'Utbildning', 'BUN', [
                measure('Yrkesbehörighet', {
                    kpi: 'N15428',
                    unit: '%',
                    direction: higher,
                    gender: 'T',
                    full: cond('värde >= 90', 69),
                    half: cond('värde >= 85', 70)
                }),
                measure('Åk6Betyg', {
                    kpi: 'N15543',
                    unit: '%',
                    direction: higher,
                    full: cond('skillnad mot riket >= 0', 77),
                    half: cond('skillnad mot riket >= -3', 78)
                })
            ]),
            committee('BreddUtbud', 82, 'KulturFritid', 'KFN', [
                measure('Besöksnöjdhet', {
                    unit: '%',
                    direction: higher,
                    actual: points({ 2017: 81, 2018: 84 }, 91),
                    full: cond('värde >= 85', 94),
                    half: cond('värde >= 80', 95)
                })
            ]),
            committee('Återvinning', 99, 'MiljöTrygghetTeknik', 'SBN', [
                measure('Materialåtervinning', {
                    kpi: 'U07414',
                    unit: '%',
                    direction: higher,
                    full: cond('skillnad mot Länet >= 0', 109),
                    half: cond('rang i Länet <= 6', 110)
                })
            ]),
            committee('Företagsklimat', 114, 'BoendeNäringsliv', 'KS', [
                measure('Företagsklimatindex', {
                    kpi: 'U07453',
                    unit: 'index',
                    direction: higher,
                    full: cond('värde >= 75', 123),
                    half: cond('förändring > 0', 124)
                })
            ])
        ]
    });
}
