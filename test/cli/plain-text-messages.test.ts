/**
 * The checks write their messages in Markdown (`2019 87,5`). Where the text is not Markdown — validate's
 * text, JSON, GitHub annotations and SARIF `message.text`, report's stderr, the HTML and Word reports — the
 * backticks would show literally, so those outputs set the code off with Swedish quotes ”…” instead; the
 * Markdown report and SARIF's `message.markdown` keep the backticks.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../support/docx-xml.js';
import { KUMLA, runCli } from './run-cli.js';

// The reference's one warning (Besöksnöjdhet has no value for 2019) shows what to write: `2019 87,5`.
const QUOTED = '”2019 87,5”';
const BACKTICKED = '`2019 87,5`';

function warningLine(text: string): string {
    const line = text.split('\n').find(l => l.includes('no-value-for-year'));
    expect(line).toBeDefined();
    return line!;
}

describe('messages outside Markdown use quotes, not backticks', () => {
    it('validate: text, GitHub annotations and JSON', () => {
        for (const format of ['text', 'github', 'json']) {
            const run = runCli(['validate', KUMLA, '--format', format]);
            expect(run.status).toBe(0);
            const line = format === 'json' ? JSON.parse(run.stdout).diagnostics[0].message : warningLine(run.stdout);
            expect(line, format).toContain(QUOTED);
            expect(line, format).not.toContain('`');
        }
    });

    it('validate: SARIF text is plain, its markdown keeps the backticks', () => {
        const run = runCli(['validate', KUMLA, '--format', 'sarif']);
        const message = JSON.parse(run.stdout).runs[0].results[0].message;
        expect(message.text).toContain(QUOTED);
        expect(message.text).not.toContain('`');
        expect(message.markdown).toContain(BACKTICKED);
    });

    it("report: stderr, HTML and Word are plain; the committee formats leave the advice in the model's words out", () => {
        const html = runCli(['report', KUMLA, '--format', 'html']);
        expect(html.status).toBe(0);
        expect(warningLine(html.stderr)).toContain(QUOTED);
        // The committee formats name the finding in the appendix, without the planner's advice in the model's words.
        const notes = html.stdout.slice(html.stdout.indexOf('<section class="sm-notes sm-quality"'));
        const warnings = notes.slice(0, notes.indexOf('</section>'));
        expect(warnings).toContain('Bilaga: Kvalitetskontroll');
        expect(warnings).toMatch(/Måttet ”[^”]+” har inget värde för 2019 och visas som saknas\./);
        expect(warnings).not.toContain('`');

        const folder = mkdtempSync(join(tmpdir(), 'styrmodell-plain-'));
        expect(runCli(['report', KUMLA, '--format', 'docx', '--out', join(folder, 'r.docx')]).status).toBe(0);
        const paragraphs = readDocx(readFileSync(join(folder, 'r.docx'))).paragraphs;
        const at = paragraphs.findIndex(p => p.style === 'Heading1' && p.text === 'Bilaga: Kvalitetskontroll');
        expect(paragraphs[at + 3]!.text).toMatch(/Måttet ”[^”]+” har inget värde för 2019/);
        expect(paragraphs.slice(at).some(p => p.text.includes('`'))).toBe(false);

        // Markdown's appendix says the finding without the advice, so neither quotes nor backticks of the model.
        const md = runCli(['report', KUMLA, '--format', 'md']);
        expect(md.stdout).not.toContain('2019 87,5');
        expect(md.stdout).not.toContain(QUOTED);
    });
});
