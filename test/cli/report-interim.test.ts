import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../support/docx-xml.js';
import { readWorkbook } from '../support/xlsx-cells.js';
import { ROOT, runCli } from './run-cli.js';

/** The example model: Årsredovisning 2019 and 2020, and Delårsrapport 2020 per 31 augusti (delårsrapport.styr). */
const EXAMPLE = join(ROOT, 'examples', 'exempelkommun');

const json = (args: string[]) => {
    const run = runCli(['report', EXAMPLE, '--format', 'json', ...args]);
    expect(run.status, run.stderr).toBe(0);
    return JSON.parse(run.stdout);
};
const goal = (report: { goals: Array<{ id: string }> }, id: string) =>
    report.goals.find(g => g.id === id) as Record<string, unknown>;

describe('styrmodell report --per (LANGUAGE.md section 9)', () => {
    it('computes the year with the interim assessments; the year’s own report keeps the final ones', () => {
        const interim = json(['--per', '2020-08-31']);
        expect(interim.followUp).toEqual({ year: 2020, per: '2020-08-31', title: 'Delårsrapport 2020' });
        // The interim assessment of Återvinningscentral (hel) replaces the final one (also hel) only in the interim;
        // EkonomiIBalans is ej uppfyllt in both, GodService delvis in both; DirektSvar is assessed only in the interim.
        const direct = interim.measures.find((m: { id: string }) => m.id === 'DirektSvar');
        expect(direct.assessment).toEqual({
            status: 'halv',
            motivation: 'Andelen direkta svar ligger kring 65 % efter sommaren, som i fjol.'
        });
        const final = json([]);
        expect(final.followUp).toEqual({ year: 2020, per: null, title: 'Årsredovisning 2020' });
        expect(final.measures.find((m: { id: string }) => m.id === 'DirektSvar').assessment).toBeNull();
        expect(goal(final, 'EkonomiIBalans').assessment).toMatchObject({ status: 'ej_uppfyllt' });
        expect((goal(interim, 'EkonomiIBalans').assessment as { motivation: string }).motivation).toContain(
            'Prognosen efter augusti'
        );
        // `31 augusti` names the same follow-up in the model's year.
        expect(json(['--per', '31 augusti']).followUp).toEqual(interim.followUp);
        // A year without a follow-up: null.
        expect(json(['--year', '2018']).followUp).toBeNull();
    });

    it('calls an interim assessment a forecast for the whole year, with the previous year’s final status beside it', () => {
        const run = runCli(['report', EXAMPLE, '--per', '31 augusti']);
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/^# Delårsrapport 2020 per 31 augusti: Exempelkommun/);
        expect(run.stdout).toContain(
            '**Prognos för helåret, bedömd per 31 augusti:** 🟡 delvis *(bedömd)*: Svarstiderna har förbättrats sedan våren'
        );
        expect(run.stdout).toContain('**Helåret 2019:** 🟡 delvis');
        const final = runCli(['report', EXAMPLE]).stdout;
        expect(final).not.toContain('Prognos för helåret');
        expect(final).not.toContain('**Helåret 2019:**');
    });

    it('writes the delårsrapport to Word and HTML with the same words', () => {
        const folder = mkdtempSync(join(tmpdir(), 'styrmodell-interim-'));
        expect(
            runCli(['report', EXAMPLE, '--per', '2020-08-31', '--format', 'docx', '--out', join(folder, 'd.docx')])
                .status
        ).toBe(0);
        const doc = readDocx(readFileSync(join(folder, 'd.docx')));
        expect(doc.paragraphs[0]).toMatchObject({
            style: 'Title',
            text: 'Delårsrapport 2020 per 31 augusti: Exempelkommun'
        });
        const texts = doc.paragraphs.map(p => p.text);
        expect(texts.some(t => t.startsWith('Prognos för helåret, bedömd per 31 augusti: '))).toBe(true);
        expect(texts.some(t => /^Helåret 2019: /.test(t))).toBe(true);
        expect(
            runCli(['report', EXAMPLE, '--per', '2020-08-31', '--format', 'html', '--out', join(folder, 'd.html')])
                .status
        ).toBe(0);
        const html = readFileSync(join(folder, 'd.html'), 'utf8');
        expect(html).toContain('<title>Delårsrapport 2020 per 31 augusti: Exempelkommun</title>');
        expect(html).toMatch(/<dt[^>]*>Prognos för helåret, bedömd per 31 augusti<\/dt>/);
        expect(html).toContain('<dt>Helåret 2019</dt>');
        // The year selector offers the delårsrapport beside its year, and shows it selected.
        expect(html).toMatch(
            /<option value="2020">2020<\/option><option value="2020-08-31" selected>2020 delårsrapport per 31 augusti<\/option>/
        );
    });

    it('names the interim assessments in the workbook’s Uppföljning sheet apart from the final ones', () => {
        const folder = mkdtempSync(join(tmpdir(), 'styrmodell-interim-xlsx-'));
        const out = join(folder, 'd.xlsx');
        expect(runCli(['report', EXAMPLE, '--per', '2020-08-31', '--format', 'xlsx', '--out', out]).status).toBe(0);
        const rows = readWorkbook(readFileSync(out)).sheets.find(sheet => sheet.name === 'Uppföljning')!.rows;
        const direct = rows.filter(row => row.includes('DirektSvar'));
        expect(direct.some(row => row.includes('Prognos för helåret, bedömd per 31 augusti'))).toBe(true);
        expect(rows.some(row => row.includes('EkonomiIBalans') && row.includes('Bedömning'))).toBe(true);
    });

    it.each([
        [
            '30 april',
            'Modellen har ingen delårsuppföljning per 30 april 2020. Modellen har delårsuppföljningar per 31 augusti 2020.'
        ],
        ['2019-08-31', 'Modellen har ingen delårsuppföljning per 31 augusti 2019.'],
        ['2020-02-30', '--per 2020-02-30 är inget datum.'],
        ['augusti', '--per augusti är inget datum.']
    ])('--per %s is a usage error that says why', (per, message) => {
        const run = runCli(['report', EXAMPLE, '--per', per]);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain(message);
        expect(run.stdout).toBe('');
    });

    it('--per with another year than --year is a usage error', () => {
        const run = runCli(['report', EXAMPLE, '--per', '2020-08-31', '--year', '2019']);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('--per 2020-08-31 ligger inte i --year 2019');
    });
});
