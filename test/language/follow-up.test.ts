import { describe, expect, it } from 'vitest';
import { buildModelView } from '../../src/language/model-view-builder.js';
import { buildWorkspace } from './workspace-helper.js';

const MODEL = `styrmodell Kumla "Kumla kommun" {
    kommun "1881"
    år 2019
}

vision V "Vision"

mål Service "Service" {
    nivå fullmäktige
    bidrar till V
}

mål GodService "God service" {
    nivå nämnd
    ansvarig KS
    bidrar till Service

    mått DirektSvar "Direkt svar" {
        nyckeltal "direktsvar"
        högre är bättre
        utfall {
            2019 60
        }
        målvärde {
            2019 55
            2021 65
        }
        hel  när rang <= 20 från 2019
        hel  när rang <= 10 från 2021
        halv när skillnad mot målvärde >= -5
    }
}

nämnd KS "Kommunstyrelsen"
`;

const FOLLOW_UP = `del av Kumla

uppföljning 2019 "Årsredovisning 2019" {
    mål GodService {
        bedömning delvis "Elfte plats; \\"nästan\\" i mål."
        analys "Första analysen."
        analys "Andra analysen."
        åtgärd "Utbildning i bemötande."
        prognos ej uppfyllt "Helåret ser sämre ut."
    }
    mått GodService.DirektSvar {
        bedömning halv "En placering från målet."
    }
}
`;

describe('the follow-up in the language', () => {
    it('parses and links sections 7 and 8 without errors', async () => {
        const workspace = await buildWorkspace({ 'styrmodell.styr': MODEL, 'uppföljning.styr': FOLLOW_UP });
        expect(workspace.diagnostics('uppföljning.styr')).toEqual([]);
        // Only the data check that a rank among one municipality means little (the model has no data file).
        expect(workspace.diagnostics('styrmodell.styr').map(d => d.split(' ')[0])).toEqual([
            '18:single-municipality-data'
        ]);
    });

    it('builds the view: threshold lines with från, målvärde, and the follow-up', async () => {
        const workspace = await buildWorkspace(
            { 'styrmodell.styr': MODEL, 'uppföljning.styr': FOLLOW_UP },
            { validation: false }
        );
        const view = buildModelView('Kumla', [
            workspace.documents['styrmodell.styr'],
            workspace.documents['uppföljning.styr']
        ]);
        const measure = view.goals[1]!.measures[0]!;
        expect(measure.thresholds.map(t => [t.level, t.from, t.location.line])).toEqual([
            ['full', 2019, 28],
            ['full', 2021, 29],
            ['half', undefined, 30]
        ]);
        expect(measure.thresholds[2]!.condition.parts[0]!.base).toEqual({ kind: 'diffTarget' });
        expect(measure.target!.map(p => [p.year, p.value])).toEqual([
            [2019, 55],
            [2021, 65]
        ]);
        expect(view.followUps).toHaveLength(1);
        const [followUp] = view.followUps;
        expect(followUp).toMatchObject({ year: 2019, title: 'Årsredovisning 2019', location: { line: 3 } });
        expect(followUp!.entries[0]).toMatchObject({
            kind: 'goal',
            goal: 'GodService',
            assessment: { status: 'delvis', motivation: 'Elfte plats; "nästan" i mål.', location: { line: 5 } },
            analysis: [{ text: 'Första analysen.' }, { text: 'Andra analysen.' }],
            actions: [{ text: 'Utbildning i bemötande.' }],
            forecast: { status: 'ej_uppfyllt', motivation: 'Helåret ser sämre ut.' }
        });
        expect(followUp!.entries[1]).toMatchObject({
            kind: 'measure',
            goal: 'GodService',
            measure: 'DirektSvar',
            assessment: { status: 'halv' }
        });
    });

    it('an interim follow-up beside the final one: both in the view, the interim one with its date', async () => {
        const interim = FOLLOW_UP.replace(
            'uppföljning 2019 "Årsredovisning 2019"',
            'uppföljning 2019 per 31 augusti "Delårsrapport 2019"'
        )
            .replace('del av Kumla', '')
            .replace(/\s*prognos .*\n/, '\n');
        const workspace = await buildWorkspace({
            'styrmodell.styr': MODEL,
            'uppföljning.styr': FOLLOW_UP,
            'delår.styr': `del av Kumla\n${interim}`
        });
        expect(workspace.diagnostics('delår.styr')).toEqual([]);
        const view = buildModelView('Kumla', [
            workspace.documents['styrmodell.styr'],
            workspace.documents['uppföljning.styr'],
            workspace.documents['delår.styr']
        ]);
        expect(view.followUps.map(f => [f.year, f.per, f.title])).toEqual([
            [2019, undefined, 'Årsredovisning 2019'],
            [2019, { day: 31, month: 8 }, 'Delårsrapport 2019']
        ]);
    });

    it('a measure of another goal, or of no goal, is named in the message', async () => {
        const text = FOLLOW_UP.replace('mått GodService.DirektSvar', 'mått Service.DirektSvar').replace(
            'mål GodService {',
            'mål Okänt {'
        );
        const workspace = await buildWorkspace({ 'styrmodell.styr': MODEL, 'uppföljning.styr': text });
        expect(workspace.diagnostics('uppföljning.styr')).toEqual([
            '11:unresolved-reference Målet Service har inga mått. Följ upp målet med `mål Service { … }` eller lägg till måttet i målet.',
            '4:unresolved-reference Det finns inget namn Okänt i modellen. Här ska det stå ett mål: kontrollera stavningen eller skapa det.'
        ]);
    });

    it('an unknown goal of a measure gives one error, not two', async () => {
        const text = FOLLOW_UP.replace('mått GodService.DirektSvar', 'mått Okänt.DirektSvar');
        const workspace = await buildWorkspace({ 'styrmodell.styr': MODEL, 'uppföljning.styr': text });
        expect(workspace.diagnostics('uppföljning.styr')).toEqual([
            '11:unresolved-reference Det finns inget namn Okänt i modellen. Här ska det stå ett mål: kontrollera stavningen eller skapa det.'
        ]);
    });

    it('a half-typed uppföljning never breaks the rest of the model', async () => {
        for (const cut of [30, 60, 90, 140, 200, FOLLOW_UP.length - 3]) {
            const workspace = await buildWorkspace({
                'styrmodell.styr': MODEL,
                'uppföljning.styr': FOLLOW_UP.slice(0, cut)
            });
            expect(
                workspace
                    .diagnostics('styrmodell.styr')
                    .filter(d => d.includes('syntax-error') || d.includes('unresolved')),
                `cut at ${cut}`
            ).toEqual([]);
            const view = buildModelView('Kumla', [
                workspace.documents['styrmodell.styr'],
                workspace.documents['uppföljning.styr']
            ]);
            expect(view.goals.map(g => g.id)).toEqual(['Service', 'GodService']);
        }
    });
});
