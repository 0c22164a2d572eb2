import { describe, expect, it } from 'vitest';
import { hasYearLabel, spreadLabels, YEAR_LABEL_PX, yearLabelStep } from '../../src/render/chart-layout.js';
import {
    escapeAttribute,
    escapeHtml,
    escapeMarkdown,
    jsonForScript,
    scriptForInline
} from '../../src/render/escape.js';
import { scrollRegion } from '../../src/render/scroll-region.js';

describe('escaping', () => {
    it('escapes every character HTML gives a meaning, in text and in attributes', () => {
        expect(escapeHtml(`a & b < c > d "e" 'f'`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39;');
        expect(escapeAttribute(`a & b < c > d "e" 'f'`)).toBe("a &amp; b &lt; c &gt; d &quot;e&quot; 'f'");
    });

    it('writes JSON a script element cannot end, and a script that cannot end its element', () => {
        expect(jsonForScript({ t: '</script> & <!-- \u2028\u2029' })).toBe(
            '{"t":"\\u003c/script\\u003e \\u0026 \\u003c!-- \\u2028\\u2029"}'
        );
        expect(JSON.parse(jsonForScript({ t: '</script> & \u2028' }))).toEqual({ t: '</script> & \u2028' });
        expect(scriptForInline('a</script>b</SCRIPT>c<!--d<!--')).toBe('a<\\/script>b<\\/SCRIPT>c<\\!--d<\\!--');
    });

    it('escapes Markdown and joins lines into one', () => {
        expect(escapeMarkdown('a\\b`c*d_e[f]g<h>i|j#k&l')).toBe('a\\\\b\\`c\\*d\\_e\\[f\\]g\\<h\\>i\\|j\\#k\\&l');
        expect(escapeMarkdown('rad ett\r\n\nrad två\rtre')).toBe('rad ett rad två tre');
    });

    it('wraps wide content in a labelled region in the tab order', () => {
        expect(scrollRegion('Tabell "x"', '<table></table>')).toBe(
            '<div class="sm-scroll" role="region" aria-label="Tabell &quot;x&quot;" tabindex="0"><table></table></div>'
        );
        expect(scrollRegion('T', '', 'sm-grid-wrap')).toBe(
            '<div class="sm-scroll sm-grid-wrap" role="region" aria-label="T" tabindex="0"></div>'
        );
    });
});

describe('chart layout', () => {
    it.each<[string, number[], number[]]>([
        ['already apart stay', [20, 100, 150], [20, 100, 150]],
        ['pushed down one below the other, in the order asked', [50, 40, 45], [72, 40, 56]],
        ['kept within the top', [0, 5], [10, 26]],
        ['pushed back up from the bottom', [160, 158, 159], [160, 128, 144]],
        ['nothing', [], []]
    ])('%s', (_name, wanted, placed) => {
        expect(spreadLabels(wanted, 16, 10, 160)).toEqual(placed);
    });

    it('starts at the top when more labels come than the height holds', () => {
        expect(spreadLabels([80, 80, 80, 80], 16, 10, 50)).toEqual([10, 26, 42, 58]);
    });

    it('labels every year that fits, else every second, third, fifth or tenth, else as many as fit', () => {
        expect(yearLabelStep(4, 4 * YEAR_LABEL_PX)).toBe(1);
        expect(yearLabelStep(5, 4 * YEAR_LABEL_PX)).toBe(2);
        expect(yearLabelStep(9, 3 * YEAR_LABEL_PX)).toBe(3);
        expect(yearLabelStep(10, 2 * YEAR_LABEL_PX)).toBe(5);
        expect(yearLabelStep(20, 2 * YEAR_LABEL_PX)).toBe(10);
        expect(yearLabelStep(30, 2 * YEAR_LABEL_PX)).toBe(15);
        expect(yearLabelStep(3, 10)).toBe(3);
        expect(hasYearLabel(7, 7, 3)).toBe(true);
        expect(hasYearLabel(1, 7, 3)).toBe(true);
        expect(hasYearLabel(2, 7, 3)).toBe(false);
        expect(hasYearLabel(10, 7, 3)).toBe(true);
    });
});
