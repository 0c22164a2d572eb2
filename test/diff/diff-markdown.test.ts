import { describe, expect, it } from 'vitest';
import { type ChangeKind, change } from '../../src/diff/changes.js';
import { renderDiffMarkdown } from '../../src/diff/diff-markdown.js';

/** The pull-request comment of `styrmodell diff --format md` (CLI.md "diff"), rendered in-process. */
describe('renderDiffMarkdown', () => {
    it('says in words that nothing changed', () => {
        expect(renderDiffMarkdown('Kumla', [])).toBe(
            '## Kumla\n\nInga ändringar i målen, måtten eller gränsvärdena.\n'
        );
    });

    it('warns about one weakened threshold in the singular and lists it first, marked sänkt with its year', () => {
        const text = renderDiffMarkdown('Kumla', [
            change('goal-added', 'Ny', null, 'mål Ny "n"'),
            change('threshold-changed', 'G.M', 'hel när värde >= 90', 'hel när värde >= 80', {
                weakened: true,
                from: 2027
            })
        ]);
        const lines = text.split('\n');
        expect(lines[0]).toBe('## Kumla');
        expect(lines).toContain('> ⚠️ **1 gränsvärde har sänkts**: målen blir lättare att nå.');
        const table = lines.filter(line => line.startsWith('| '));
        expect(table).toEqual([
            '| Ändring | Vad | Före | Efter |',
            '| --- | --- | --- | --- |',
            '| Gränsvärde ändrat: **sänkt** från 2027 ⚠️ | G.M | `hel när värde >= 90` | `hel när värde >= 80` |',
            '| Nytt mål | Ny | – | `mål Ny "n"` |'
        ]);
    });

    it('counts several weakened thresholds in the plural', () => {
        const text = renderDiffMarkdown('M', [
            change('threshold-changed', 'A.X', 'a', 'b', { weakened: true }),
            change('threshold-changed', 'A.Y', 'a', 'b', { weakened: true })
        ]);
        expect(text).toContain('> ⚠️ **2 gränsvärden har sänkts**: målen blir lättare att nå.');
        expect(text).toContain('| Gränsvärde ändrat: **sänkt** ⚠️ | A.X |');
    });

    it('has no warning when nothing was weakened', () => {
        const text = renderDiffMarkdown('M', [change('goal-removed', 'G', 'mål G "g"', null)]);
        expect(text).not.toContain('⚠️');
        expect(text).toContain('| Borttaget mål | G | `mål G "g"` | – |');
    });

    it('labels a raised threshold höjd with its year, and other changes with their note', () => {
        const text = renderDiffMarkdown('M', [
            change('target-changed', 'G.M', 'målvärde 2026 80', 'målvärde 2026 85', { raised: true, from: 2026 }),
            change('threshold-changed', 'G.N', 'a', 'b', { note: 'samma krav, annan skrivning' })
        ]);
        expect(text).toContain('| Målvärde ändrat: höjd från 2026 | G.M |');
        expect(text).toContain('| Gränsvärde ändrat (samma krav, annan skrivning) | G.N |');
    });

    it('does not print a från year beside an assessment change', () => {
        const text = renderDiffMarkdown('M', [
            change('assessment-changed', 'G', 'delvis', 'uppfyllt', { raised: true, from: 2024 })
        ]);
        expect(text).toContain('| Bedömning ändrad: höjd | G |');
    });

    it('keeps a table cell in one cell: pipes escaped, backticks replaced, line breaks made spaces', () => {
        const text = renderDiffMarkdown('M', [change('vision-changed', 'V', 'a|b', 'x`y\r\nz')]);
        expect(text).toContain("| Visionen ändrad | V | `a\\|b` | `x'y z` |");
    });

    it('lists status effects under their year, in year order, apart from the table of changes', () => {
        const text = renderDiffMarkdown(
            'M',
            [
                change('status-changed', 'G', 'uppfyllt', 'delvis', { year: 2025 }),
                change('status-changed', 'G.M', 'hel', null, { year: 2024 }),
                change('status-changed', 'H', null, 'ej uppfyllt')
            ],
            2024
        );
        expect(text).not.toContain('| Ändring |');
        expect(text.split('\n')).toEqual([
            '## M',
            '',
            '### Status som ändras (2024)',
            '',
            '| Mål eller mått | Före | Efter |',
            '| --- | --- | --- |',
            '| G.M | hel | – |',
            '| H | – | ej uppfyllt |',
            '',
            '### Status som ändras (2025)',
            '',
            '| Mål eller mått | Före | Efter |',
            '| --- | --- | --- |',
            '| G | uppfyllt | delvis |',
            ''
        ]);
    });

    it('has a status heading without a year when neither the change nor the model names one', () => {
        const text = renderDiffMarkdown('M', [change('status-changed', 'G', 'a', 'b')]);
        expect(text).toContain('### Status som ändras\n');
    });
});

describe('every kind of change has its own words in the comment', () => {
    const KINDS: ChangeKind[] = [
        'model-added',
        'model-removed',
        'municipality-changed',
        'year-changed',
        'bounds-changed',
        'data-source-added',
        'data-source-removed',
        'data-source-changed',
        'vision-changed',
        'goal-added',
        'goal-removed',
        'goal-renamed',
        'goal-moved',
        'goal-title-changed',
        'goal-level-changed',
        'goal-owner-changed',
        'goal-weight-changed',
        'measure-added',
        'measure-removed',
        'measure-renamed',
        'measure-moved',
        'measure-title-changed',
        'threshold-added',
        'threshold-removed',
        'threshold-changed',
        'direction-changed',
        'measure-weight-changed',
        'kpi-changed',
        'unit-changed',
        'gender-changed',
        'target-added',
        'target-removed',
        'target-changed',
        'assessment-added',
        'assessment-removed',
        'assessment-changed'
    ];

    it('a Swedish label of its own for each, so a reviewer can tell them apart', () => {
        const labels = KINDS.map(kind => {
            const row = renderDiffMarkdown('M', [change(kind, 'X', 'a', 'b')])
                .split('\n')
                .find(line => line.endsWith('| X | `a` | `b` |'));
            return row?.slice(2, row.indexOf(' | X |'));
        });
        for (const [i, label] of labels.entries()) expect(label, KINDS[i]).toMatch(/^[A-ZÅÄÖ][a-zåäö ]+[a-zåäö]$/);
        expect(new Set(labels).size).toBe(KINDS.length);
        expect(labels.slice(0, 4)).toEqual([
            'Ny modell',
            'Borttagen modell',
            'Kommunkod ändrad',
            'Uppföljningsår ändrat'
        ]);
    });
});
