import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { RULE_TITLES } from '../../src/language/rule-titles.js';
import { DiagnosticCodes } from '../../src/model/diagnostic-codes.js';
import { buildWorkspace } from './workspace-helper.js';

/**
 * docs/checks.md is what SARIF's helpUri points at: every code has a section (the heading is the anchor), its
 * title is the rule title, and every example in it does what the page says.
 */

const DOCS = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'checks.md'), 'utf8');
const CODES: string[] = Object.values(DiagnosticCodes);
const DATA_CODES = CODES.filter(
    code =>
        code.startsWith('data-') ||
        [
            'no-value-for-year',
            'single-municipality-data',
            'unknown-municipality',
            'unknown-kolada-kpi',
            'base-never-computable',
            'lower-is-better-on-negative'
        ].includes(code)
);

/** The header file the examples are fragments of, as docs/checks.md describes it. */
const PRELUDE = `styrmodell Kumla "Kumla kommun" {
    kommun "1881"
    år 2019
}

vision Vision2025 "Vision 2025"
inriktning Service "Service och tillgänglighet"
program DigitalaKumla "Digitala Kumla 2025"
nämnd KS "Kommunstyrelsen"
förvaltning KLF "Kommunledningsförvaltningen" under KS

jämförelsegrupp Länet "Örebro läns kommuner" {
    kommuner "1880" "1881" "1882"
}

mål ServiceTillgänglighet "Service och tillgänglighet" {
    nivå fullmäktige
    inriktning Service
    bidrar till Vision2025

    mått Tillgänglighet "Andel som får svar inom en dag" {
        enhet "%"
        högre är bättre
        utfall {
            2019 80
        }
        hel  när värde >= 90
        halv när värde >= 80
    }
}

mål Ekonomi "Ekonomi" {
    nivå fullmäktige
    bidrar till Vision2025
    kommunövergripande

    mått Resultatnivå "Resultat i förhållande till skatteintäkter" {
        enhet "%"
        högre är bättre
        utfall {
            2019 1,4
        }
        hel  när värde >= 2
        halv när värde >= 1
    }
}
`;

interface Section {
    code: string;
    text: string;
}

function sections(): Section[] {
    return DOCS.split(/^## /m)
        .slice(1)
        .map(part => ({ code: part.slice(0, part.indexOf('\n')).trim(), text: part }));
}

/** The ```styr block that follows the line `**Bad**` or `**Good**` in a section. */
function example(section: Section, label: 'Bad' | 'Good'): string | undefined {
    const match = new RegExp(`^\\*\\*${label}\\*\\*\\s*\\n+\`\`\`styr\\n([\\s\\S]*?)\`\`\``, 'm').exec(section.text);
    return match?.[1];
}

/** Splits an example at `// fil: NAME` lines into files; adds `del av Kumla` and the prelude as the page says. */
function exampleFiles(snippet: string): Record<string, string> {
    const files: Record<string, string> = {};
    const parts = snippet.split(/^\/\/ fil: (\S+)\n/m);
    if (parts.length === 1) {
        const own = /^(styrmodell|del av)\b/m.test(snippet);
        files['exempel.styr'] = own ? snippet : `del av Kumla\n\n${snippet}`;
    } else {
        for (let i = 1; i < parts.length; i += 2) files[parts[i]] = parts[i + 1];
    }
    const ownHeader = Object.values(files).some(text => /^styrmodell Kumla\b/m.test(text));
    if (!ownHeader) files['styrmodell.styr'] = PRELUDE;
    return files;
}

async function diagnosticsOf(snippet: string): Promise<Diagnostic[]> {
    const files = exampleFiles(snippet);
    const workspace = await buildWorkspace(files);
    return Object.keys(files).flatMap(file => workspace.raw(file));
}

const messageOf = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);
const severityOf = (d: Diagnostic) => (d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : 'info');

describe('docs/checks.md', () => {
    it('has a section for every code, headed by the code (the helpUri anchor)', () => {
        const documented = sections().map(s => s.code);
        expect(CODES.filter(code => !documented.includes(code))).toEqual([]);
    });

    it('documents no code that does not exist', () => {
        const documented = sections()
            .map(s => s.code)
            .filter(heading => heading !== 'How the examples are written');
        expect(documented.filter(code => !CODES.includes(code))).toEqual([]);
    });

    it('links every code from the index at the top', () => {
        expect(CODES.filter(code => !DOCS.includes(`[${code}](#${code})`))).toEqual([]);
    });

    it.each(CODES)('%s: gives a severity and the rule title', code => {
        const section = sections().find(s => s.code === code)!;
        const line = /^\*\*Severity:\*\* (.+) · \*\*Title:\*\* (.+)$/m.exec(section.text);
        expect(line, 'a **Severity:** … · **Title:** … line').not.toBeNull();
        expect(line![1]).toMatch(/^(error|warning|info)\b/);
        expect(line![2]).toBe(RULE_TITLES[code]);
        expect(section.text, 'a quoted Swedish message').toMatch(/^> \S/m);
    });

    const languageCodes = CODES.filter(code => !DATA_CODES.includes(code));

    it.each(languageCodes)(
        '%s: the bad example gives the code, with the documented severity and a quoted message',
        async code => {
            const section = sections().find(s => s.code === code)!;
            const bad = example(section, 'Bad');
            expect(bad, 'a **Bad** ```styr example').toBeDefined();
            const found = (await diagnosticsOf(bad!)).filter(d => d.code === code);
            expect(found.length, `${code} from the bad example`).toBeGreaterThan(0);
            const severity = /^\*\*Severity:\*\* (error|warning)( with|\b)/m.exec(section.text);
            if (severity && !severity[2].trim()) expect(found.map(severityOf)).toContain(severity[1]);
            const quoted = [...section.text.matchAll(/^> (.+)$/gm)].map(m => m[1]);
            expect(
                found.map(messageOf).some(message => quoted.includes(message)),
                `one of ${JSON.stringify(quoted)} among ${JSON.stringify(found.map(messageOf))}`
            ).toBe(true);
        }
    );

    it.each(languageCodes)(
        '%s: the good example is silent (but for data checks: the examples have no data)',
        async code => {
            const section = sections().find(s => s.code === code)!;
            const good = example(section, 'Good');
            expect(good, 'a **Good** ```styr example').toBeDefined();
            const found = (await diagnosticsOf(good!)).filter(d => !DATA_CODES.includes(String(d.code)));
            expect(found.map(d => `${String(d.code)}: ${messageOf(d)}`)).toEqual([]);
        }
    );

    it('the prelude of the examples is itself silent', async () => {
        const workspace = await buildWorkspace({ 'styrmodell.styr': PRELUDE });
        expect(workspace.diagnostics('styrmodell.styr')).toEqual([]);
    });
});
