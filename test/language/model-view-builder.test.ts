import { describe, expect, it } from 'vitest';
import { buildModelView } from '../../src/language/model-view-builder.js';
import { buildWorkspace } from './workspace-helper.js';

// One model over two files that uses every concern the builder hands on: the header with its data references and
// bounds, the organisation, the goals of the chain, a measure with its series and threshold lines, a follow-up.
const HEADER = `styrmodell Kumla "Kumla kommun" {
    kommun "1881"
    år 2019
    data "data/resultat.csv"
    data "data/skatt.csv" nyckeltal N00901
    bedömning {
        uppfyllt >= 80 %
        delvis   >= 40 %
    }
}

vision V "Vision" {
    beskrivning "Visionen"
}

inriktning Service "Service och tillgänglighet"
program Digitala "Digitala Kumla"
nämnd KS "Kommunstyrelsen"
förvaltning KLF "Kommunledningsförvaltningen" under KS

jämförelsegrupp Grannar "Grannar" {
    kommuner "1880" "1882"
}

mål Tillgang "Service" {
    nivå fullmäktige
    inriktning Service
    bidrar till V
}
`;

const GOALS = `del av Kumla

mål GodService "God service" {
    nivå nämnd
    ansvarig KLF
    bidrar till Tillgang
    program Digitala
    vikt 2

    mått DirektSvar "Direkt svar" {
        nyckeltal "direktsvar"
        enhet "%"
        högre är bättre
        utfall {
            2019 60
        }
        hel  när rang i Grannar <= 1 och skillnad mot riket >= 0
        halv när förändring > 0 från 2019
    }
}

uppföljning 2019 "Årsredovisning 2019" {
    mål GodService {
        bedömning delvis "Halvvägs."
    }
    mått GodService.DirektSvar {
        analys "Bättre."
        åtgärd "Fler i växeln."
    }
}

uppföljning 2019 per 31 augusti "Delårsrapport" {
    mål GodService {
        prognos uppfyllt "På väg."
    }
}
`;

describe('buildModelView: each concern lands in its part of the view', () => {
    it('reads the header, the organisation, the chain, the measures and the follow-ups of every file', async () => {
        const ws = await buildWorkspace({ 'kumla.styr': HEADER, 'mal.styr': GOALS }, { validation: false });
        const view = buildModelView('Kumla', [ws.documents['kumla.styr'], ws.documents['mal.styr']]);

        expect([view.title, view.municipality, view.year]).toEqual(['Kumla kommun', '1881', 2019]);
        expect(view.bounds).toEqual({ achieved: 0.8, partly: 0.4 });
        expect(view.dataSources.map(d => [d.path, d.resolvedPath, d.kpi, d.location.line])).toEqual([
            ['data/resultat.csv', '/workspace/data/resultat.csv', undefined, 4],
            ['data/skatt.csv', '/workspace/data/skatt.csv', 'N00901', 5]
        ]);

        expect(view.vision).toMatchObject({ id: 'V', title: 'Vision', description: 'Visionen' });
        expect(view.areas.map(a => a.id)).toEqual(['Service']);
        expect(view.programmes.map(p => p.id)).toEqual(['Digitala']);
        expect(view.committees.map(c => c.id)).toEqual(['KS']);
        expect(view.administrations).toMatchObject([{ id: 'KLF', committee: 'KS' }]);
        expect(view.groups).toMatchObject([{ id: 'Grannar', municipalities: ['1880', '1882'], koladaGroups: [] }]);

        expect(view.goals.map(g => [g.id, g.level, g.area, g.owner, g.contributesTo, g.programmes, g.weight])).toEqual([
            ['Tillgang', 'fullmäktige', 'Service', undefined, ['V'], [], 1],
            ['GodService', 'nämnd', undefined, 'KLF', ['Tillgang'], ['Digitala'], 2]
        ]);
        const [measure] = view.goals[1].measures;
        expect([measure.id, measure.goal, measure.kpi, measure.unit, measure.direction]).toEqual([
            'DirektSvar',
            'GodService',
            'direktsvar',
            '%',
            'higher'
        ]);
        expect(measure.actual?.map(p => [p.year, p.value])).toEqual([[2019, 60]]);
        expect(
            measure.thresholds.map(t => [t.level, t.from, t.condition.parts.map(p => [p.base, p.operator, p.value])])
        ).toEqual([
            [
                'full',
                undefined,
                [
                    [{ kind: 'rank', group: 'Grannar' }, '<=', 1],
                    [{ kind: 'diffNational' }, '>=', 0]
                ]
            ],
            ['half', 2019, [[{ kind: 'change' }, '>', 0]]]
        ]);
        expect(measure.location).toMatchObject({ file: '/workspace/mal.styr', line: 10 });

        expect(view.followUps.map(f => [f.year, f.title, f.per])).toEqual([
            [2019, 'Årsredovisning 2019', undefined],
            [2019, 'Delårsrapport', { day: 31, month: 8 }]
        ]);
        const [goalEntry, measureEntry] = view.followUps[0].entries;
        expect(goalEntry).toMatchObject({ kind: 'goal', goal: 'GodService', assessment: { status: 'delvis' } });
        expect(measureEntry).toMatchObject({ kind: 'measure', goal: 'GodService', measure: 'DirektSvar' });
        expect([measureEntry.analysis[0].text, measureEntry.actions[0].text]).toEqual(['Bättre.', 'Fler i växeln.']);
        expect(view.followUps[1].entries[0].forecast).toMatchObject({ status: 'uppfyllt', motivation: 'På väg.' });
        expect(view.files).toEqual(['/workspace/kumla.styr', '/workspace/mal.styr']);
    });
});
