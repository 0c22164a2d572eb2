import { describe, expect, it } from 'vitest';
import { describeGoal, describeMeasure } from '../../src/lsp/result-markdown.js';
import { buildWorkspace } from '../language/workspace-helper.js';

const MODEL = `styrmodell T "Testby" {
    kommun "1881"
    år 2019
}

vision V "v"

mål Service "Service" {
    nivå fullmäktige
    bidrar till V

    mått DirektSvar "Direkt svar" {
        enhet "%"
        högre är bättre
        utfall {
            2019 60
        }
        målvärde {
            2018 75
        }
        hel  när skillnad mot målvärde >= 0 från 2018
        halv när skillnad mot målvärde >= -5
    }
}
`;

const FOLLOW_UP = `del av T

uppföljning 2019 "Årsredovisning 2019" {
    mål Service {
        bedömning delvis "Svaren <b>blev</b> *snabbare* i december."
        analys "Kön kortades."
        åtgärd "Fler i kundtjänst."
        prognos uppfyllt "Helåret ser bättre ut."
    }
    mått Service.DirektSvar {
        bedömning halv "Mätveckan var inte typisk."
    }
}
`;

async function analysed() {
    const workspace = await buildWorkspace({ 'styrmodell.styr': MODEL, 'uppföljning.styr': FOLLOW_UP });
    const key = workspace.services.references.ModelMembership.modelKeys()[0]!;
    return { workspace, result: workspace.services.analysis.ModelAnalysis.analyse(key)!.result! };
}

describe('hover and inlay hints show an assessment beside the computed result', () => {
    it('a measure: bedömd with the computed status, the målvärde and the line that applied, the motivation', async () => {
        const { result } = await analysed();
        const text = describeMeasure(result.measures[0]!);
        expect(text).toContain('🟡 halv *bedömd* (beräknat: 🔴 ingen)');
        expect(text).toContain('Målvärde 2019: 75\u00a0% (`målvärde` på rad 19, gäller sedan 2018)');
        expect(text).toContain('`hel när skillnad mot målvärde >= 0 från 2018`: nej');
        expect(text).toContain('- Bedömning: 🟡 halv, Mätveckan var inte typisk. (rad 11)');
    });

    it('a goal: bedömd with the computed fulfilment, forecast, analysis and actions; the motivation stays text', async () => {
        const { result } = await analysed();
        const text = describeGoal(result.goals[0]!);
        expect(text).toContain('🟡 delvis 50\u00a0% *bedömd* (beräknat: 🟡 delvis 50\u00a0%)');
        expect(text).toContain('- Bedömning: 🟡 delvis, Svaren \\<b\\>blev\\</b\\> \\*snabbare\\* i december. (rad 5)');
        expect(text).toContain('- Prognos: 🟢 uppfyllt, Helåret ser bättre ut.');
        expect(text).toContain('- Analys: Kön kortades.');
        expect(text).toContain('- Åtgärd: Fler i kundtjänst.');
    });

    it('inlay hints say bedömd and give the computed status', async () => {
        const { workspace } = await analysed();
        const document = workspace.documents['styrmodell.styr'];
        const hints =
            (await workspace.services.lsp.InlayHintProvider!.getInlayHints(document, {
                textDocument: { uri: document.uri.toString() },
                range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } }
            })) ?? [];
        const labels = hints.map(h => (typeof h.label === 'string' ? h.label : h.label.map(p => p.value).join('')));
        expect(labels).toContain(' 🟡 delvis 50\u00a0% bedömd (beräknat delvis 50\u00a0%) (2019)');
        expect(labels).toContain(' 🟡 halv bedömd (beräknat ingen) · 60\u00a0% (2019)');
    });
});
