import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, KUMLA, ROOT, runCli } from './run-cli.js';

const EXAMPLE = join(ROOT, 'examples', 'exempelkommun');

function filesUnder(dir: string): string[] {
    const found: string[] = [];
    const walk = (folder: string) => {
        for (const entry of readdirSync(folder, { withFileTypes: true })) {
            const path = join(folder, entry.name);
            if (entry.isDirectory()) walk(path);
            else found.push(relative(dir, path).split(sep).join('/'));
        }
    };
    walk(dir);
    return found.sort();
}

function temporary(): string {
    return mkdtempSync(join(tmpdir(), 'styrmodell-site-'));
}

describe('styrmodell site', () => {
    it('writes the same bytes twice, every page with lang, CSP, landmarks and no inline style or script', () => {
        const folder = temporary();
        const first = join(folder, 'a');
        const second = join(folder, 'b');
        expect(runCli(['site', EXAMPLE, '--out', first, '--base-url', 'https://exempel.se/mal']).status).toBe(0);
        expect(runCli(['site', EXAMPLE, '--out', second, '--base-url', 'https://exempel.se/mal']).status).toBe(0);
        const files = filesUnder(first);
        expect(files).toEqual(filesUnder(second));
        for (const file of files) {
            expect(readFileSync(join(second, file)).equals(readFileSync(join(first, file))), file).toBe(true);
        }
        const pages = files.filter(f => f.endsWith('.html'));
        expect(pages.length).toBeGreaterThan(20);
        for (const page of pages) {
            const html = readFileSync(join(first, page), 'utf8');
            expect(html, page).toContain('<html lang="sv">');
            expect(html, page).toContain("default-src 'none'; style-src 'self'; script-src 'self'");
            expect(html, page).toMatch(/<main id="innehall"/);
            expect(html, page).toContain('href="#innehall"');
            expect(html, page).toContain(`<link rel="canonical" href="https://exempel.se/mal/`);
            expect(html, page).not.toMatch(/ style="|<style|<script>|<script(?![^>]*\bsrc=)/);
            expect(html, page).not.toMatch(/(src)="https?:/);
            expect(html, page).toContain('href="resultat.csv"');
            expect(html, page).not.toContain('undefined');
            // Every link to a page of the site leads to a file that exists.
            for (const [, href] of html.matchAll(/href="([^"#:]+)(#[^"]*)?"/g)) {
                expect(existsSync(join(first, dirname(page), href!)), `${page} → ${href}`).toBe(true);
            }
        }
        const sitemap = readFileSync(join(first, 'sitemap.xml'), 'utf8');
        expect(sitemap).toContain('<loc>https://exempel.se/mal/</loc>');
        expect(sitemap.match(/<loc>/g)?.length).toBe(pages.length);
    });

    it('writes the results as CSV and JSON, one row per measure and year, with Kolada named where it is the source', () => {
        const out = join(temporary(), 'webbplats');
        expect(runCli(['site', EXAMPLE, '--out', out]).status).toBe(0);
        const json = JSON.parse(readFileSync(join(out, 'resultat.json'), 'utf8'));
        const csv = readFileSync(join(out, 'resultat.csv'), 'utf8').trimEnd().split('\r\n');
        expect(csv.length - 1).toBe(json.rows.length);
        expect(csv[0]).toBe(
            'municipality,model,goal,goalTitle,measure,measureTitle,year,value,unit,status,statusText,assessed,reason,thresholds,target,source,sourceUrl'
        );
        const report = JSON.parse(runCli(['report', EXAMPLE, '--format', 'json']).stdout);
        for (const measure of report.measures) {
            const row = json.rows.find(
                (r: { goal: string; measure: string; year: number }) =>
                    r.goal === measure.goal && r.measure === measure.id && r.year === report.year
            );
            expect(row, `${measure.goal}.${measure.id}`).toBeDefined();
            expect(row.value).toBe(measure.value);
            expect(row.status).toBe(measure.status);
            expect(row.thresholds).not.toMatch(/<=|>=|rang/);
        }
        const kolada = json.rows.filter((r: { sourceUrl: string }) => r.sourceUrl !== '');
        expect(kolada.length).toBeGreaterThan(0);
        for (const row of kolada) {
            expect(row.source).toContain('Källa: Kolada (RKA)');
            expect(row.sourceUrl).toMatch(/^https:\/\/www\.kolada\.se\/verktyg\/fri-sokning\/\?kpis=[A-Z]\d{5}$/);
        }
        expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('Källa: Kolada (RKA)');
    });

    it('refuses a folder that holds anything but a site it wrote, and replaces its own site whole', () => {
        const folder = temporary();
        const taken = join(folder, 'mina-filer');
        mkdirSync(taken);
        writeFileSync(join(taken, 'viktig.txt'), 'behåll mig');
        const refused = runCli(['site', EXAMPLE, '--out', taken]);
        expect(refused.status).toBe(2);
        expect(refused.stderr).toContain('är inte tom');
        expect(readdirSync(taken)).toEqual(['viktig.txt']);

        const out = join(folder, 'webbplats');
        expect(runCli(['site', EXAMPLE, '--out', out]).status).toBe(0);
        writeFileSync(join(out, 'index.html'), 'ändrad');
        expect(runCli(['site', EXAMPLE, '--out', out]).status).toBe(0);
        expect(readFileSync(join(out, 'index.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
        // A file a person added is never removed with the old site.
        writeFileSync(join(out, 'CNAME'), 'mal.exempel.se');
        const foreign = runCli(['site', EXAMPLE, '--out', out]);
        expect(foreign.status).toBe(2);
        expect(foreign.stderr).toContain('CNAME');
        expect(readdirSync(folder).filter(name => name.startsWith('.'))).toEqual([]);
    });

    it('exits 1 without writing anything when the model has errors, 2 on a bad --base-url', () => {
        const folder = temporary();
        const model = join(folder, 'modell');
        cpSync(KUMLA, model, { recursive: true });
        const file = join(model, 'styrmodell.styr');
        writeFileSync(file, readFileSync(file, 'utf8').replace('bidrar till', 'bidrar till Okänt,'));
        const run = runCli(['site', model, '--out', join(folder, 'ut')]);
        expect(run.status).toBe(1);
        expect(run.stderr).toContain('har fel');
        expect(existsSync(join(folder, 'ut'))).toBe(false);
        expect(runCli(['site', KUMLA, '--out', join(folder, 'ut'), '--base-url', 'ftp://x']).status).toBe(2);
    });

    it('with several models writes one folder per model and an index linking to each', () => {
        const out = join(temporary(), 'alla');
        const run = runCli(['site', join(ROOT, 'seeds'), '--out', out]);
        expect(run.stderr).toContain('modeller');
        expect(run.status).toBe(0);
        const index = readFileSync(join(out, 'index.html'), 'utf8');
        const links = [...index.matchAll(/href="([^"]+\/index\.html)"/g)].map(m => m[1]!);
        expect(links.length).toBe(5);
        for (const link of links) {
            const page = readFileSync(join(out, link), 'utf8');
            expect(page).toContain('href="../index.html"');
        }
    });

    it('leaves no temporary folder behind when interrupted at any moment, and the old site whole or the new one', async () => {
        const folder = temporary();
        const out = join(folder, 'webbplats');
        expect(runCli(['site', EXAMPLE, '--out', out]).status).toBe(0);
        const before = filesUnder(out);
        for (const delay of [50, 400, 900, 1400]) {
            const child = spawn(process.execPath, [BIN, 'site', EXAMPLE, '--out', out], { cwd: ROOT, stdio: 'ignore' });
            setTimeout(() => child.kill('SIGTERM'), delay);
            await new Promise(resolve => child.on('close', resolve));
            expect(readdirSync(folder).sort(), `SIGTERM after ${delay} ms`).toEqual(['webbplats']);
            expect(filesUnder(out)).toEqual(before);
        }
    }, 60_000);
});
