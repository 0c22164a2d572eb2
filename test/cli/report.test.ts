import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../support/docx-xml.js';
import { KUMLA, ROOT, runCli } from './run-cli.js';

const expected = JSON.parse(readFileSync(join(KUMLA, 'expected-2019.json'), 'utf8'));

describe('styrmodell report', () => {
    const run = runCli(['report', KUMLA, '--format', 'json', '--year', '2019']);
    const report = JSON.parse(run.stdout);

    it('exits 0 and names model, municipality and year', () => {
        expect(run.status).toBe(0);
        expect([report.model, report.municipality, report.year]).toEqual([
            expected.model,
            expected.municipality,
            expected.year
        ]);
        expect(report.vision).toEqual(expected.vision);
    });

    it.each(expected.goals.map((g: { id: string }) => [g.id, g]) as [string, object][])(
        'goal %s matches the reference',
        (id, goal) => {
            const actual = report.goals.find((g: { id: string }) => g.id === id);
            expect(actual).toMatchObject(goal as object);
            expect(actual.measures).toBeGreaterThanOrEqual(actual.measuresWithValue);
        }
    );

    it('counts a KF goal’s coverage as the reports do: the measures of the goals under it (LANGUAGE.md 4.6)', () => {
        const kf = report.goals.find((g: { id: string }) => g.id === 'ServiceTillgänglighet');
        expect([kf.measuresWithValue, kf.measures]).toEqual([2, 2]);
        const markdown = runCli(['report', KUMLA, '--year', '2019']).stdout;
        expect(markdown).toContain(
            '| Service och tillgänglighet | 🔴 ej uppfyllt | 25\u00a0% | → oförändrat sedan 2018 | 2 av 2 |'
        );
    });

    it.each(expected.measures.map((m: { id: string }) => [m.id, m]) as [string, object][])(
        'measure %s matches the reference',
        (_id, measure) => {
            const { value, ...rest } = measure as { value: number | null };
            const actual = report.measures.find(
                (m: { id: string; goal: string }) =>
                    m.id === (measure as { id: string }).id && m.goal === (measure as { goal: string }).goal
            );
            expect(actual).toMatchObject(rest);
            if (value === null) expect(actual.value).toBeNull();
            else expect(actual.value).toBeCloseTo(value, 6);
        }
    );

    it('writes Markdown and self-contained HTML with --out', () => {
        const folder = mkdtempSync(join(tmpdir(), 'styrmodell-report-'));
        const md = runCli(['report', KUMLA, '--format', 'md', '--out', join(folder, 'r.md')]);
        expect(md.status).toBe(0);
        const markdown = readFileSync(join(folder, 'r.md'), 'utf8');
        expect(markdown).toContain('Vision 2025');
        expect(markdown).toContain('ej uppfyllt');
        // foretagsklimat.csv names the municipalities (kommunnamn), so the report can say which one it is.
        expect(markdown).toContain('**Kommun:** Kumla kommun (1881)');
        const html = runCli(['report', KUMLA, '--format', 'html', '--out', join(folder, 'r.html')]);
        expect(html.status).toBe(0);
        const page = readFileSync(join(folder, 'r.html'), 'utf8');
        expect(page).toMatch(/^<!DOCTYPE html>/i);
        expect(page).not.toMatch(/(src|href)="https?:/);
    });

    it('writes a Word document with --format docx --out, and asks for --out without it', () => {
        const folder = mkdtempSync(join(tmpdir(), 'styrmodell-docx-'));
        const written = runCli(['report', KUMLA, '--format', 'docx', '--out', join(folder, 'r.docx')]);
        expect(written.status).toBe(0);
        const doc = readDocx(readFileSync(join(folder, 'r.docx')));
        expect(doc.paragraphs[0]).toMatchObject({ style: 'Title', text: 'Uppföljning 2019: Kumla kommun' });
        expect(doc.paragraphs.some(p => p.style === 'Heading1' && p.text === 'Sammanfattning')).toBe(true);
        expect(doc.xml).not.toContain(ROOT);
        const missing = runCli(['report', KUMLA, '--format', 'docx']);
        expect(missing.status).toBe(2);
        expect(missing.stderr).toContain('ange --out');
    });

    it('never writes a report over a model file', () => {
        const run = runCli(['report', KUMLA, '--format', 'md', '--out', 'ny.styr']);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('ny.styr är en modellfil');
    });

    it('needs --model when the paths hold several models, and lists them', () => {
        const folder = mkdtempSync(join(tmpdir(), 'styrmodell-two-'));
        cpSync(KUMLA, join(folder, 'kumla'), { recursive: true });
        cpSync(join(import.meta.dirname, '..', 'resources', 'lsp-model'), join(folder, 'testby'), { recursive: true });
        const ambiguous = runCli(['report', '.', '--format', 'json'], folder);
        expect(ambiguous.status).toBe(2);
        expect(ambiguous.stderr).toContain('Kumla, Testby');
        const picked = runCli(['report', '.', '--format', 'json', '--model', 'Testby'], folder);
        expect(picked.status).toBe(0);
        expect(JSON.parse(picked.stdout).model).toBe('Testby');
    });

    it('exits 1 with the diagnostics on stderr when the model has errors', () => {
        const folder = mkdtempSync(join(tmpdir(), 'styrmodell-err-'));
        cpSync(join(import.meta.dirname, '..', 'resources', 'lsp-model'), folder, { recursive: true });
        const text = readFileSync(join(folder, 'nämnd.styr'), 'utf8').replace('ansvarig SN', 'ansvarig Okänd');
        writeFileSync(join(folder, 'nämnd.styr'), text);
        const failed = runCli(['report', '.', '--format', 'json'], folder);
        expect(failed.status).toBe(1);
        expect(failed.stdout).toBe('');
        expect(failed.stderr).toContain('unresolved-reference');
    });
});
