/**
 * A synthetic model of at least `nodes` preview nodes, for the preview's timing in the e2e suite and in
 * `npm run bench`: 5 inriktningar × 8 KF goals × 5 committee goals, measures spread evenly, three years of `utfall`.
 */
import type { DataLookup } from '../../src/data/data-api.js';
import { computeYears } from '../../src/fulfilment/index.js';
import {
    DEFAULT_BOUNDS,
    type GoalView,
    type MeasureView,
    type ModelView,
    type SourceLocation
} from '../../src/model/model-view.js';
import type { RenderInput } from '../../src/render/render-input.js';

const loc = (line: number): SourceLocation => ({
    file: '/synthetic/styrmodell.styr',
    line,
    column: 1,
    endLine: line,
    endColumn: 10
});

export function syntheticRenderInput(nodes: number): RenderInput {
    const areas = 5;
    const kfPerArea = 8;
    const committeePerKf = 5;
    const fixed = 1 + areas + areas * kfPerArea + areas * kfPerArea * committeePerKf;
    const committeeGoals = areas * kfPerArea * committeePerKf;
    const measuresPerGoal = Math.ceil((nodes - fixed) / committeeGoals);
    const goals: GoalView[] = [];
    let line = 1;
    const owners = ['KS', 'BUN', 'VON', 'SBN', 'KFN'];
    for (let a = 0; a < areas; a++) {
        for (let k = 0; k < kfPerArea; k++) {
            const kfId = `KF_${a}_${k}`;
            goals.push({
                id: kfId,
                title: `Fullmäktigemål ${a + 1}.${k + 1} om service, lärande och trygghet`,
                level: 'fullmäktige',
                area: `A${a}`,
                contributesTo: ['V'],
                municipalityWide: false,
                programmes: [],
                weight: 1,
                measures: [],
                location: loc(line++)
            });
            for (let c = 0; c < committeePerKf; c++) {
                const id = `N_${a}_${k}_${c}`;
                const measures: MeasureView[] = [];
                for (let m = 0; m < measuresPerGoal; m++) {
                    const base = 50 + ((a * 7 + k * 5 + c * 3 + m * 11) % 45);
                    measures.push({
                        id: `M_${a}_${k}_${c}_${m}`,
                        title: `Mått ${m + 1} för nämndmål ${a + 1}.${k + 1}.${c + 1}: andel nöjda invånare`,
                        goal: id,
                        unit: '%',
                        direction: 'higher',
                        gender: 'T',
                        weight: 1,
                        actual: [2018, 2019, 2020].map((year, i) => ({
                            year,
                            value: base + i * 1.5 - (m % 3),
                            location: loc(line++)
                        })),
                        thresholds: [
                            {
                                level: 'full',
                                condition: {
                                    parts: [
                                        { base: { kind: 'value' }, operator: '>=', value: 80, location: loc(line) }
                                    ],
                                    location: loc(line)
                                },
                                location: loc(line++)
                            },
                            {
                                level: 'half',
                                condition: {
                                    parts: [
                                        { base: { kind: 'value' }, operator: '>=', value: 65, location: loc(line) }
                                    ],
                                    location: loc(line)
                                },
                                location: loc(line++)
                            }
                        ],
                        location: loc(line++)
                    });
                }
                goals.push({
                    id,
                    title: `Nämndmål ${a + 1}.${k + 1}.${c + 1}`,
                    level: 'nämnd',
                    owner: owners[c % owners.length],
                    contributesTo: [kfId],
                    municipalityWide: false,
                    programmes: [],
                    weight: 1,
                    measures,
                    location: loc(line++)
                });
            }
        }
    }
    const view: ModelView = {
        id: 'Syntet',
        title: 'Syntetisk kommun',
        municipality: '1999',
        year: 2020,
        dataSources: [],
        bounds: DEFAULT_BOUNDS,
        vision: { id: 'V', title: 'Vision', location: loc(0) },
        areas: Array.from({ length: areas }, (_, a) => ({
            id: `A${a}`,
            title: `Inriktning ${a + 1}`,
            location: loc(0)
        })),
        programmes: [],
        committees: owners.map(id => ({ id, title: `Nämnden ${id}`, location: loc(0) })),
        administrations: [],
        followUps: [],
        groups: [],
        goals,
        files: ['/synthetic/styrmodell.styr'],
        location: loc(0)
    };
    const empty: DataLookup = {
        value: () => undefined,
        municipalities: () => new Map(),
        years: () => [],
        groupMembers: () => undefined,
        kpiTitle: () => undefined,
        kpiDetails: () => undefined,
        hasKpiMetadata: () => false,
        municipalityName: () => undefined,
        knownMunicipalities: () => new Set()
    };
    return { view, results: computeYears(view, empty, [2018, 2019, 2020]), year: 2020 };
}
