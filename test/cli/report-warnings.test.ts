/**
 * `report` says what it knows (CLI.md `report`, LANGUAGE.md section 5): the model's warnings are counted on
 * stderr and named in the Markdown and HTML report, and a broken data file leaves the rest computed while the
 * report names the measures that lack data because of it.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../support/docx-xml.js';
import { KUMLA, runCli } from './run-cli.js';

function kumlaCopy(): string {
    const folder = mkdtempSync(join(tmpdir(), 'styrmodell-report-warn-'));
    cpSync(KUMLA, folder, { recursive: true });
    return folder;
}

describe("report names the model's warnings", () => {
    it('counts them on stderr and lists them in Markdown and HTML', () => {
        // The reference has exactly one warning: Besöksnöjdhet has no value for 2019.
        const md = runCli(['report', KUMLA, '--format', 'md']);
        expect(md.status).toBe(0);
        expect(md.stderr).toMatch(/Modellen har 1 varning\b/);
        expect(md.stderr).toContain('no-value-for-year');
        // The appendix, last, in plain Swedish: the measure by its title, no code, no file and line.
        const appendix = md.stdout.slice(md.stdout.indexOf('## Bilaga: Kvalitetskontroll'));
        expect(appendix).toMatch(/^## Bilaga: Kvalitetskontroll\n/);
        expect(appendix).toMatch(/- Måttet ”[^”]+” har inget värde för 2019 och visas som saknas\./);
        expect(appendix).not.toMatch(/no-value-for-year|Besöksnöjdhet|rad \d+/);
        expect(md.stdout).toContain('1 anmärkning om underlaget, se bilagan.');
        const html = runCli(['report', KUMLA, '--format', 'html']);
        expect(html.status).toBe(0);
        expect(html.stderr).toMatch(/Modellen har 1 varning\b/);
        expect(html.stdout).toContain('Bilaga: Kvalitetskontroll');
        expect(html.stdout).toMatch(/Måttet ”[^”]+” har inget värde för 2019 och visas som saknas\./);
    });

    it('counts a percentage written as a fraction', () => {
        const folder = kumlaCopy();
        const file = join(folder, 'nämnderna.styr');
        writeFileSync(
            file,
            readFileSync(file, 'utf8')
                .replace('hel  när kvartil = 1\n', 'hel  när kvartil = 1\n        halv när värde >= 0,9\n')
                .replace('        halv när kvartil <= 2\n', '')
        );
        const run = runCli(['report', '.', '--format', 'md'], folder);
        expect(run.status).toBe(0);
        expect(run.stderr).toMatch(/Modellen har 2 varningar/);
        expect(run.stdout).toContain('ser ut som en andel');
    });
});

describe('a broken data file never stops the report', () => {
    it('computes the rest and names the measures that lack data because of it', () => {
        const folder = kumlaCopy();
        const json = join(folder, 'data', 'hemtjanst.json');
        writeFileSync(json, readFileSync(json, 'utf8').slice(0, 300));
        const run = runCli(['report', '.', '--format', 'json'], folder);
        expect(run.status).toBe(0);
        const report = JSON.parse(run.stdout);
        const measure = (goal: string, id: string) =>
            report.measures.find((m: { goal: string; id: string }) => m.goal === goal && m.id === id);
        expect(measure('NöjdaBrukare', 'Hemtjänst')).toMatchObject({ value: null, status: 'saknas' });
        expect(measure('GodService', 'DirektSvar')).toMatchObject({ status: 'halv' });
        expect(run.stderr).toContain('hemtjanst.json');
        expect(run.stderr).toMatch(/Modellen har \d+ varningar/);

        const md = runCli(['report', '.', '--format', 'md'], folder);
        expect(md.status).toBe(0);
        const start = md.stdout.indexOf('## Data som inte kunde läsas');
        expect(start).toBeGreaterThan(0);
        const end = md.stdout.indexOf('\n## ', start + 1);
        const section = md.stdout.slice(start, end < 0 ? undefined : end);
        expect(section).toContain('data/hemtjanst.json');
        expect(section).toContain('Brukarbedömning hemtjänst äldreomsorg, helhetssyn');
        expect(section).not.toContain('Andel som får ett direkt svar');
        const html = runCli(['report', '.', '--format', 'html'], folder);
        expect(html.status).toBe(0);
        expect(html.stdout).toContain('Data som inte kunde läsas');
        const docx = runCli(['report', '.', '--format', 'docx', '--out', 'rapport.docx'], folder);
        expect(docx.status).toBe(0);
        const paragraphs = readDocx(readFileSync(join(folder, 'rapport.docx'))).paragraphs;
        const at = paragraphs.findIndex(p => p.style === 'Heading2' && p.text === 'Data som inte kunde läsas');
        expect(at).toBeGreaterThan(0);
        expect(paragraphs[at + 1]!.text).toContain('data/hemtjanst.json');
        expect(paragraphs[at + 1]!.text).toContain('Brukarbedömning hemtjänst äldreomsorg, helhetssyn');
        expect(paragraphs[at + 1]!.text).not.toContain('NöjdaBrukare');
        expect(paragraphs.some(p => p.style === 'Heading1' && p.text === 'Bilaga: Kvalitetskontroll')).toBe(true);
    });
});
