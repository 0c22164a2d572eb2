import { describe, expect, it } from 'vitest';
import { renderMarkdownReport } from '../../src/render/markdown.js';
import { fixtureInput } from './fixture.js';

describe('renderMarkdownReport', () => {
    const input = fixtureInput();
    const markdown = renderMarkdownReport(input);
    const lines = markdown.split('\n');
    const lineWith = (text: string) => lines.find(line => line.includes(text)) ?? '';

    it('has the title, municipality and year', () => {
        expect(lines[0]).toBe('# Uppföljning 2019: Testkommuns styrmodell');
        expect(markdown).toContain('**Kommun:** 1881');
        expect(markdown).toContain('**Uppföljningsår:** 2019');
    });

    it('shows the vision with its status and coverage', () => {
        expect(markdown).toContain('## Vision 2030');
        expect(markdown).toContain('🔴 **ej uppfyllt** · 43\u00a0% uppfyllelse · 5 av 6 mått har värde');
    });

    it('groups KF goals by inriktning, committee goals under them with their owner', () => {
        const order = [
            '## Trygghet och lärande',
            '### Trygg uppväxt',
            '#### Fler elever klarar skolan',
            '#### Snabb service',
            '## Ekonomi och medarbetare',
            '### God ekonomi'
        ].map(heading => lines.indexOf(heading));
        expect(order.every(index => index >= 0)).toBe(true);
        expect([...order].sort((a, b) => a - b)).toEqual(order);
        expect(markdown).toContain(
            'Ansvarig: Barn- och utbildningsnämnden · 🟢 **uppfyllt** · 75\u00a0% uppfyllelse · 2 av 3 mått har värde'
        );
        expect(markdown).toContain('Ansvarig: Kommunledningsförvaltningen (Kommunstyrelsen)');
        expect(markdown).toContain('Kommunövergripande · 🟡 **delvis**');
    });

    it.each([
        // measure title, status mark, value, threshold/reason, comparison
        ['Behöriga till gymnasiet', '🟡 halv', '90,5\u00a0%', '`halv när rang <= 20`', 'rang 11 av 31'],
        ['Godkända betyg i alla ämnen', '🟢 hel', '87,5\u00a0%', '`hel när värde >= 87,5`', ''],
        ['Elevenkät: trygghet', '⚪ saknas', 'saknas', 'inget värde för 2019', ''],
        [
            'Svar inom en dag',
            '🔴 ingen',
            '60\u00a0%',
            '`varken hel när skillnad mot riket >= 0 eller halv när skillnad mot riket >= -5`',
            '\u221210 mot riket (riket 70\u00a0%)'
        ],
        ['Antal synpunkter', '⚪ ej bedömd', '| 9 |', 'måttet har inga gränsvärden', ''],
        ['Resultat i förhållande till skatteintäkter', '🟡 halv', '1,4\u00a0%', '`halv när värde >= 1`', '']
    ])('%s: %s, %s, %s', (title, mark, value, decided, comparison) => {
        const row = lineWith(`| ${title} |`);
        expect(row).toContain(`| ${mark} |`);
        expect(row).toContain(value);
        expect(row).toContain(decided);
        expect(row).toContain(comparison);
    });

    it('names where each value came from', () => {
        expect(lineWith('| Godkända betyg i alla ämnen |')).toMatch(/\| data\.csv rad 65 \|$/);
        expect(lineWith('| Resultat i förhållande till skatteintäkter |')).toMatch(/\| utfall, test\.styr rad 35 \|$/);
    });

    it('has a summary table of the KF goals and the status counts', () => {
        expect(markdown).toContain('| Trygg uppväxt | 🔴 ej uppfyllt | 37\u00a0% | 4 av 5 |');
        expect(markdown).toContain('**Mått:** 1 🟢 hel, 2 🟡 halv, 1 🔴 ingen, 1 ⚪ saknas, 1 ⚪ ej bedömd');
    });

    it('ends with a legend naming every colour with its words', () => {
        const legend = markdown.slice(markdown.indexOf('## Teckenförklaring'));
        expect(legend).toContain('| 🟢 | hel | uppfyllt |');
        expect(legend).toContain('| 🟡 | halv | delvis |');
        expect(legend).toContain('| 🔴 | ingen | ej uppfyllt |');
        expect(legend).toContain('| ⚪ | saknas, ej bedömd | saknas |');
        expect(legend).toContain('minst 75\u00a0%');
    });

    it('contains every goal and every measure', () => {
        for (const goal of input.view.goals) {
            expect(markdown).toContain(goal.title);
            for (const measure of goal.measures) {
                expect(markdown).toContain(`| ${measure.title} |`);
            }
        }
    });

    it('never shows a colour without its word', () => {
        // The legend's colour column stands beside the words in the same row.
        const body = lines.filter(line => !/^\| (🟢|🟡|🔴|⚪) \| /u.test(line));
        for (const line of body) {
            for (const match of line.matchAll(/(🟢|🟡|🔴|⚪)(.{0,4})/gu)) {
                expect(match[2], line).toMatch(/^ (\*\*)?[a-zåäö]/u);
            }
        }
    });

    it('shows another year from the same input', () => {
        const earlier = renderMarkdownReport(input, { year: 2018 });
        expect(earlier.split('\n')[0]).toBe('# Uppföljning 2018: Testkommuns styrmodell');
        expect(earlier.split('\n').find(l => l.startsWith('| Behöriga till gymnasiet |'))).toContain(
            '| 🟡 halv | 88\u00a0% |'
        );
        expect(earlier).toContain('rang 13 av 31');
    });

    it('filters by owner: a nämnd includes its förvaltningar', () => {
        const bun = renderMarkdownReport(input, { owner: 'BUN' });
        expect(bun).toContain('#### Fler elever klarar skolan');
        expect(bun).not.toContain('#### Snabb service');
        expect(bun).not.toContain('### God ekonomi');
        const ks = renderMarkdownReport(input, { owner: 'KS' });
        expect(ks).toContain('#### Snabb service');
        expect(ks).not.toContain('#### Fler elever klarar skolan');
    });

    it('escapes Markdown in titles so a table row cannot break', () => {
        const tricky = fixtureInput({ title: 'A | B *C*' });
        const text = renderMarkdownReport(tricky);
        expect(text.split('\n')[0]).toBe('# Uppföljning 2019: A \\| B \\*C\\*');
    });
});
