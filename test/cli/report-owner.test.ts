import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../support/docx-xml.js';
import { readWorkbook } from '../support/xlsx-cells.js';
import { ROOT, runCli } from './run-cli.js';

/** KS owns Företagsklimat (under Näringsliv); its förvaltning KLF owns GodService (under Service). */
const EXAMPLE = join(ROOT, 'examples', 'exempelkommun');

describe('styrmodell report --ansvarig', () => {
    it('JSON: the goals the organisation owns (a förvaltning’s count as its nämnd’s), the chain above, their measures', () => {
        const scoped = (org: string) => {
            const run = runCli(['report', EXAMPLE, '--format', 'json', '--ansvarig', org]);
            expect(run.status, run.stderr).toBe(0);
            const report = JSON.parse(run.stdout);
            expect(report.vision).not.toBeNull();
            return {
                goals: report.goals.map((g: { id: string }) => g.id).sort(),
                // Only the owned goals' measures; the KF goals above are context.
                measureGoals: [...new Set(report.measures.map((m: { goal: string }) => m.goal))].sort()
            };
        };
        for (const org of ['KS', 'Kommunstyrelsen']) {
            expect(scoped(org)).toEqual({
                goals: ['Företagsklimat', 'GodService', 'Näringsliv', 'Service'],
                measureGoals: ['Företagsklimat', 'GodService']
            });
        }
        expect(scoped('KLF')).toEqual({ goals: ['GodService', 'Service'], measureGoals: ['GodService'] });
        const bun = JSON.parse(runCli(['report', EXAMPLE, '--format', 'json', '--ansvarig', 'BUN']).stdout);
        expect(bun.goals.map((g: { id: string }) => g.id).sort()).toEqual(
            ['Förskoleplats', 'GodkändaResultat', 'Utbildning'].sort()
        );
        expect(bun.owner).toBe('BUN');
    });

    it('Markdown, Word and HTML show only that organisation’s goals under the chain', () => {
        const md = runCli(['report', EXAMPLE, '--ansvarig', 'BUN']);
        expect(md.status).toBe(0);
        expect(md.stdout).toContain('**Urval:** mål som Barn- och utbildningsnämnden ansvarar för');
        expect(md.stdout).toContain('Fler elever blir behöriga och når kunskapskraven');
        expect(md.stdout).not.toContain('Den som ringer kommunen får snabbt svar');
        const folder = mkdtempSync(join(tmpdir(), 'styrmodell-owner-'));
        expect(
            runCli(['report', EXAMPLE, '--ansvarig', 'BUN', '--format', 'docx', '--out', join(folder, 'b.docx')]).status
        ).toBe(0);
        const texts = readDocx(readFileSync(join(folder, 'b.docx'))).paragraphs.map(p => p.text);
        expect(texts.some(t => t.includes('Fler elever blir behöriga'))).toBe(true);
        expect(texts.some(t => t.includes('Den som ringer kommunen'))).toBe(false);
        expect(
            runCli(['report', EXAMPLE, '--ansvarig', 'BUN', '--format', 'html', '--out', join(folder, 'b.html')]).status
        ).toBe(0);
        // The page's drawn body; the input the page's script redraws from follows it.
        const html = readFileSync(join(folder, 'b.html'), 'utf8').split('<script type="application/json"')[0]!;
        expect(html).toContain('<option value="BUN" selected>');
        expect(html).not.toContain('Den som ringer kommunen får snabbt svar');
    });

    it('Excel: the goal and follow-up sheets hold the chain, the measure sheet only the owned goals’ measures', () => {
        const folder = mkdtempSync(join(tmpdir(), 'styrmodell-owner-'));
        const file = join(folder, 'ks.xlsx');
        const run = runCli(['report', EXAMPLE, '--ansvarig', 'KLF', '--format', 'xlsx', '--out', file]);
        expect(run.status, run.stderr).toBe(0);
        const sheets = new Map(readWorkbook(readFileSync(file)).sheets.map(sheet => [sheet.name, sheet.rows]));
        const column = (sheet: string, header: string) => {
            const rows = sheets.get(sheet)!;
            const index = rows[0]!.indexOf(header);
            return [...new Set(rows.slice(1).map(row => row[index]))].sort();
        };
        expect(column('Mål', 'Id')).toEqual(['GodService', 'Service']);
        expect(column('Mått', 'Mål')).toEqual(['Den som ringer kommunen får snabbt svar och ett gott bemötande']);
        expect(sheets.get('Sammanfattning')!.find(row => row[0] === 'Urval')?.[1]).toBe(
            'mål som Kommunledningsförvaltningen ansvarar för, med målen ovanför'
        );
    });

    it('an unknown organisation is a usage error that lists the model’s', () => {
        const run = runCli(['report', EXAMPLE, '--ansvarig', 'BUNN']);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain(
            'Modellen har ingen nämnd eller förvaltning BUNN. Välj en av: KS (Kommunstyrelsen), BUN (Barn- och utbildningsnämnden)'
        );
        expect(run.stdout).toBe('');
    });
});
