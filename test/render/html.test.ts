import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeYears } from '../../src/fulfilment/compute.js';
import { STATUS_DISPLAY } from '../../src/fulfilment/status.js';
import { relativiseInput, renderHtmlReport, renderPreviewShell } from '../../src/render/document.js';
import { jsonForScript, scriptForInline } from '../../src/render/escape.js';
import { renderHtmlBody } from '../../src/render/html.js';
import { renderMarkdownReport } from '../../src/render/markdown.js';
import type { RenderInput } from '../../src/render/render-input.js';
import { isExtensionToWebviewMessage, isWebviewToExtensionMessage } from '../../src/webview/messages.js';
import { goal, loc, measure, memoryData, points } from '../fulfilment/helpers.js';
import { fixtureInput, fixtureModel, ROWS } from './fixture.js';

const EVIL = 'Kommun </script><script>alert(1)</script> & <b>"fet"</b>';

function embeddedJson(html: string): string {
    const match = /<script type="application\/json" id="styrmodell-input">([\s\S]*?)<\/script>/.exec(html);
    if (!match) {
        throw new Error('no embedded input');
    }
    return match[1]!;
}

describe('renderHtmlReport', () => {
    const input = fixtureInput({
        title: EVIL,
        vision: { id: 'Vision', title: 'Vision\u2028 2030 <!-- x -->', location: fixtureInput().view.location }
    });
    let html: string;
    beforeAll(() => {
        html = renderHtmlReport(input, { script: 'console.log("</script><!-- x")', nonce: 'TESTNONCE' });
    });

    it('is one Swedish HTML document with a strict CSP', () => {
        expect(html.startsWith('<!DOCTYPE html>\n<html lang="sv">')).toBe(true);
        expect(html).toContain(
            `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-TESTNONCE'; img-src data:; base-uri 'none'; form-action 'none'">`
        );
        expect(html).toContain('<script nonce="TESTNONCE">');
    });

    it('keeps a </script> in a title from breaking out', () => {
        expect(html.match(/<script/g)).toHaveLength(2);
        expect(html.match(/<\/script>/g)).toHaveLength(2);
        expect(html).not.toContain('<script>alert(1)');
        expect(html).toContain(
            '<h1 class="sm-title">Kommun &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;&quot;fet&quot;&lt;/b&gt;</h1>'
        );
        expect(html).toContain('<title>Uppföljning 2019: Kommun &lt;/script&gt;');
        expect(html).toContain('console.log("<\\/script><\\!-- x")');
    });

    it('embeds the RenderInput as JSON that round-trips', () => {
        const text = embeddedJson(html);
        expect(text).not.toMatch(/[<>\u2028\u2029]/);
        const parsed = JSON.parse(text);
        expect(parsed).toEqual(relativiseInput(input, '/models', true));
        expect(parsed.view.title).toBe(EVIL);
        expect(parsed.view.vision.title).toBe('Vision\u2028 2030 <!-- x -->');
        expect(parsed.results.map((r: { year: number }) => r.year)).toEqual([2018, 2019]);
    });

    it('leaves out only what no renderer reads: the page drawn from it is the same', () => {
        const full = fixtureInput();
        const embedded = JSON.parse(embeddedJson(renderHtmlReport(full, { script: '' }))) as RenderInput;
        const measure = embedded.results[1]!.measures.find(m => m.id === 'Behöriga')!;
        expect(measure.series).toBeUndefined();
        // The line that applied that year stays: provenance a renderer may show (LANGUAGE.md section 7).
        expect(measure.full).toEqual({
            which: 'full',
            text: 'rang <= 10',
            holds: false,
            line: expect.objectContaining({ line: 11 })
        });
        expect(embedded.view.goals[2]!.measures[0]!.thresholds[0]!.condition.parts).toHaveLength(1);
        const same = relativiseInput(full, '/models');
        for (const year of [2018, 2019]) {
            for (const owner of [undefined, 'BUN', 'KS']) {
                expect(renderHtmlBody(embedded, { year, owner })).toBe(renderHtmlBody(same, { year, owner }));
                expect(renderMarkdownReport(embedded, { year, owner })).toBe(
                    renderMarkdownReport(same, { year, owner })
                );
            }
        }
    });

    it('makes paths relative to the base folder', () => {
        const parsed = JSON.parse(embeddedJson(html));
        expect(parsed.view.files).toEqual(['test.styr']);
        expect(parsed.view.goals[0].location.file).toBe('test.styr');
        expect(html).toContain('data-file="test.styr" data-line="20"');
    });

    it('loads nothing: no src, href, url() or imports', () => {
        const markup = html.replace(/<script nonce[\s\S]*?<\/script>/, '');
        expect(markup).not.toMatch(/\s(src|srcset|action)=/);
        // Links only within the page (the overview's rows lead to their part of the tree).
        expect(markup).not.toMatch(/\shref="(?!#)/);
        expect(markup).not.toMatch(/url\(|@import|https?:\/\//);
    });

    it('uses a fresh nonce each time by default', () => {
        const nonce = (doc: string) => /script-src 'nonce-([^']+)'/.exec(doc)![1];
        const a = renderHtmlReport(fixtureInput(), { script: '' });
        const b = renderHtmlReport(fixtureInput(), { script: '' });
        expect(nonce(a)).toMatch(/^[A-Za-z0-9+/]{22}==$/);
        expect(nonce(a)).not.toBe(nonce(b));
    });
});

describe('jsonForScript and scriptForInline', () => {
    it.each([['</script>'], ['<!-- <script>'], ['a & b > c'], ['\u2028\u2029'], ['"quoted" \\ backslash']])(
        '%j round-trips',
        text => {
            const json = jsonForScript({ text });
            expect(json).not.toMatch(/[<>&\u2028\u2029]/);
            expect(JSON.parse(json)).toEqual({ text });
        }
    );

    it('keeps the script meaning the same', () => {
        const script = 'var s = "</SCRIPT> and <!-- too";';
        const inline = scriptForInline(script);
        expect(inline.toLowerCase()).not.toContain('</script');
        expect(inline).not.toContain('<!--');
        // The inline script is run as the browser would, to prove that escaping keeps its meaning.
        // eslint-disable-next-line @typescript-eslint/no-implied-eval
        expect(new Function(`${inline}; return s;`)()).toBe('</SCRIPT> and <!-- too');
    });
});

describe('renderHtmlBody', () => {
    const input = fixtureInput();
    let body: string;
    beforeAll(() => {
        body = renderHtmlBody(input);
    });

    it('pairs every colour with its word', () => {
        const pills = [...body.matchAll(/<span class="sm-pill status-(\w+)">([^<]*)/g)];
        expect(pills.length).toBeGreaterThan(10);
        for (const [, colour, word] of pills) {
            expect(Object.values(STATUS_DISPLAY).some(d => d.colour === colour && d.word === word)).toBe(true);
        }
        expect(new Set(pills.map(p => p[1]))).toEqual(new Set(['green', 'yellow', 'red', 'grey']));
        // No pill without its word.
        expect(body.match(/class="sm-pill /g)).toHaveLength(pills.length);
    });

    it.each(Object.entries(STATUS_DISPLAY))('the legend explains %s', (_status, display) => {
        const legend = body.slice(body.indexOf('Teckenförklaring'));
        expect(legend).toContain(`<span class="sm-pill ${display.cssClass}">${display.word}</span>`);
    });

    it('draws every goal and measure as a tree item with its source, named by its row', () => {
        const items = [...body.matchAll(/<li class="sm-node (?!sm-chart-item)[^"]*" role="treeitem"([^>]*)>/g)].map(
            m => m[1]!
        );
        const measures = input.view.goals.reduce((n, g) => n + g.measures.length, 0);
        // vision + 2 inriktningar + 4 goals + measures
        expect(items).toHaveLength(1 + 2 + 4 + measures);
        for (const attributes of items) {
            expect(attributes).toMatch(/aria-level="\d"/);
            expect(attributes).toMatch(/data-file="\/models\/test\.styr" data-line="\d+"/);
            // The name comes from the row: an aria-label would hide the row's analysis, actions and history.
            expect(attributes).not.toContain('aria-label');
        }
        expect(items.filter(a => a.includes('tabindex="0"'))).toHaveLength(1);
    });

    it('makes goals and measures headings that follow the chain: inriktning, KF goal, nämnd goal, measure', () => {
        const levelOf = (title: string) =>
            new RegExp(`<h(\\d) class="sm-(?:area-title|name)">${title}</h\\1>`).exec(body)?.[1];
        const kf = input.view.goals.find(g => g.level === 'fullmäktige' && g.measures.length > 0)!;
        const committee = input.view.goals.find(g => g.level === 'nämnd' && g.measures.length > 0)!;
        expect(levelOf(kf.title)).toBe('3');
        expect(levelOf(committee.title)).toBe('4');
        expect(levelOf(committee.measures[0]!.title)).toBe('5');
        expect(body).toMatch(/<h2 class="sm-area-title">/);
    });

    it("shows value, why in plain Swedish, rank, coverage and owner; the value's file and line only in the preview", () => {
        expect(body).toContain('<span class="sm-figure sm-value">87,5\u00a0%</span>');
        expect(renderHtmlBody(input, { host: 'preview' })).toContain(
            '<span class="sm-figure sm-value" title="Värdet kommer från data.csv rad 65">87,5\u00a0%</span>'
        );
        expect(body).toContain(
            '<span class="sm-reason">Når gränsvärdet för halv: topp 20 bland landets kommuner. Når inte gränsvärdet för hel: topp 10 bland landets kommuner.</span>'
        );
        expect(body).toContain('<span class="sm-reason">Saknas: värdet för 2019 saknas.</span>');
        expect(body).not.toMatch(/hel när|halv när|&lt;=|&gt;=/);
        expect(body).toContain('<span>plats 11 av 31 bland landets kommuner</span>');
        expect(body).toContain('<span class="sm-coverage sm-coverage-partial">2 av 3 mått har värde</span>');
        expect(body).toContain('<span class="sm-owner">Kommunledningsförvaltningen (Kommunstyrelsen)</span>');
        expect(body).toContain('<span class="sm-figure sm-value sm-missing">saknas</span>');
    });

    it('draws a sparkline over the years of the input', () => {
        expect(body).toContain('role="img"><title>Utveckling 2018: 88\u00a0% (halv), 2019: 90,5\u00a0% (halv)</title>');
    });

    it('has a year selector and an owner filter', () => {
        expect(body).toContain(
            '<select id="sm-year" data-control="year"><option value="2019" selected>2019</option><option value="2018">2018</option></select>'
        );
        expect(body).toContain('<option value="BUN">Barn- och utbildningsnämnden</option>');
        expect(body).toContain('<option value="KLF">\u2003Kommunledningsförvaltningen</option>');
    });

    it('shows another year from the same input', () => {
        const earlier = renderHtmlBody(input, { year: 2018 });
        expect(earlier).toContain('data-year="2018"');
        expect(earlier).toContain('<option value="2018" selected>2018</option>');
        expect(earlier).toContain('<span>plats 13 av 31 bland landets kommuner</span>');
    });

    it.each([
        [
            'BUN',
            ['Fler elever klarar skolan', 'Trygg uppväxt'],
            ['Snabb service', 'God ekonomi', 'Resultat i förhållande']
        ],
        ['KS', ['Snabb service'], ['Fler elever klarar skolan', 'God ekonomi']],
        ['KLF', ['Snabb service'], ['Fler elever klarar skolan']],
        ['okänd', ['Snabb service', 'Fler elever klarar skolan', 'God ekonomi'], []]
    ])('owner %s shows %j and hides %j', (owner, shown, hidden) => {
        const filtered = renderHtmlBody(input, { owner });
        for (const title of shown) {
            expect(filtered).toContain(title);
        }
        for (const title of hidden) {
            expect(filtered).not.toContain(`<span class="sm-name">${title}`);
        }
    });

    it('collapses the nodes asked for and moves the tab stop', () => {
        const key = 'g:TryggUppväxt';
        const collapsed = renderHtmlBody(input, { collapsed: [key], focusKey: 'a:Ekonomi' });
        expect(collapsed).toContain(`aria-expanded="false" tabindex="-1" data-key="${key}"`);
        expect(collapsed).toContain('tabindex="0" data-key="a:Ekonomi"');
        expect(collapsed.match(/tabindex="0" data-key/g)).toHaveLength(1);
    });

    it.each([
        ['the first node', {}, 'v:'],
        ['the first node without a vision', { vision: undefined }, 'a:Trygghet'],
        ['the node asked for', { focusKey: 'm:SnabbService.Svar' }, 'm:SnabbService.Svar'],
        [
            'the first node when the one asked for is hidden in a collapsed goal',
            { focusKey: 'm:SnabbService.Svar', collapsed: ['g:SnabbService'] },
            'v:'
        ],
        [
            'the first node when the one asked for is filtered out',
            { focusKey: 'm:SnabbService.Svar', owner: 'BUN' },
            'v:'
        ]
    ])('gives the tab stop to %s', (_name, options, key) => {
        const { vision, ...rest } = options as {
            vision?: undefined;
            focusKey?: string;
            collapsed?: string[];
            owner?: string;
        };
        const source = 'vision' in options ? fixtureInput({ vision }) : input;
        const html = renderHtmlBody(source, rest);
        expect(html.match(/tabindex="0" data-key/g)).toHaveLength(1);
        expect(html).toContain(`tabindex="0" data-key="${key}"`);
    });

    it('escapes model text everywhere', () => {
        const evil = fixtureInput({
            goals: fixtureInput().view.goals.map(g => ({
                ...g,
                title: `${g.title} <img src=x onerror=alert(1)>`,
                description: '"><script>'
            }))
        });
        const html = renderHtmlBody(evil);
        expect(html).not.toContain('<img');
        expect(html).not.toContain('<script');
        expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    });

    it('says so when there is nothing to show', () => {
        expect(renderHtmlBody({ ...input, results: [] })).toContain('Det finns inga resultat att visa');
    });
});

describe('renderPreviewShell', () => {
    let shell: string;
    beforeAll(() => {
        shell = renderPreviewShell({
            nonce: 'N1',
            cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
            scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/out/webview/preview.js'
        });
    });

    it('allows only its own script by nonce and the webview source', () => {
        expect(shell).toContain(
            `content="default-src 'none'; style-src https://file+.vscode-resource.vscode-cdn.net 'unsafe-inline'; script-src 'nonce-N1'; img-src https://file+.vscode-resource.vscode-cdn.net data:; font-src https://file+.vscode-resource.vscode-cdn.net; base-uri 'none'; form-action 'none'"`
        );
        expect(shell).toContain(
            '<script nonce="N1" src="https://file+.vscode-resource.vscode-cdn.net/ext/out/webview/preview.js"></script>'
        );
        expect(shell.match(/<script/g)).toHaveLength(1);
        expect(shell).toContain('<html lang="sv">');
        expect(shell).toContain('<div id="sm-root">');
    });
});

describe('webview messages', () => {
    it.each<[unknown, boolean]>([
        [{ type: 'ready' }, true],
        [{ type: 'year', year: 2018 }, true],
        [{ type: 'year', year: '2018' }, false],
        [{ type: 'reveal', file: '/m/a.styr', line: 3 }, true],
        [{ type: 'reveal', file: '/m/a.styr', line: 3, column: 5 }, true],
        [{ type: 'reveal', file: '/m/a.styr', line: 0 }, false],
        [{ type: 'reveal', line: 3 }, false],
        [{ type: 'update' }, false],
        [null, false]
    ])('from the webview: %j is %s', (message, valid) => {
        expect(isWebviewToExtensionMessage(message)).toBe(valid);
    });

    it.each<[unknown, boolean]>([
        [{ type: 'update', input: { view: {}, results: [], year: 2019 } }, true],
        [{ type: 'update', input: {} }, false],
        [{ type: 'update', packed: { root: { view: {}, results: [] }, shared: [] } }, true],
        [{ type: 'update', packed: { root: {} } }, false],
        [{ type: 'update', packed: { root: {}, shared: [] }, input: { results: [] } }, false],
        [{ type: 'unavailable', message: 'Ingen modell' }, true],
        [{ type: 'year', year: 2019 }, false]
    ])('from the extension: %j is %s', (message, valid) => {
        expect(isExtensionToWebviewMessage(message)).toBe(valid);
    });
});

describe('render and webview sources stay pure', () => {
    const root = join(dirname(fileURLToPath(import.meta.url)), '../../src');
    const files = ['render', 'webview'].flatMap(dir =>
        readdirSync(join(root, dir))
            .filter(f => f.endsWith('.ts'))
            .map(f => join(dir, f))
    );

    it.each(files)('%s imports no langium, vscode or node:', file => {
        const source = readFileSync(join(root, file), 'utf8');
        const imports = [...source.matchAll(/^\s*(?:import|export)[^;]*?from\s+'([^']+)'/gm)].map(m => m[1]!);
        expect(imports.filter(spec => /^(langium|vscode|node:)/.test(spec) || !spec.startsWith('.'))).toEqual([]);
    });
});

describe('renderHtmlBody: header, notes and the parts a small fixture leaves out', () => {
    const base = fixtureModel();
    const view = fixtureModel({
        year: 2020,
        vision: { ...base.vision!, description: 'Ett gott liv.' },
        areas: [
            { ...base.areas[0]!, description: 'Om trygghet.' },
            base.areas[1]!,
            { id: 'Tom', title: 'Tom inriktning', location: loc(7) }
        ],
        goals: [
            ...base.goals.map(g => (g.id === 'KlararSkolan' ? { ...g, weight: 2.5 } : g)),
            goal('Ensam', { title: 'Ensamt mål', owner: 'BUN' }, [
                measure('E', { title: 'Egen', actual: points({ 2019: 4 }, 90) })
            ])
        ]
    });
    const input: RenderInput = { view, results: computeYears(view, memoryData(ROWS), [2019]), year: 2019 };
    const all = () => renderHtmlBody(input, { baseDir: '/models' });
    const bun = () => renderHtmlBody(input, { owner: 'BUN', baseDir: '/models' });

    it('has a header with the municipality, the year, the count of measures, a year selector off for one year and the owners', () => {
        expect(bun()).toMatch(
            /^<div class="sm-app" id="sm-app" data-year="2019" data-host="report"><header class="sm-header"><div class="sm-titles"><p class="sm-kicker">Uppföljning av styrmodellen<\/p><h1 class="sm-title">Testkommuns styrmodell<\/h1><p class="sm-meta"><span>Kumla kommun \(1881\)<\/span><span>Uppföljningsår 2019<\/span><span>7 mått<\/span><\/p><\/div>/
        );
        expect(bun()).toContain(
            '<div class="sm-controls"><label class="sm-control"><span class="sm-control-label">År</span><select id="sm-year" data-control="year" disabled><option value="2019" selected>2019</option></select></label>' +
                '<label class="sm-control"><span class="sm-control-label">Ansvarig</span><select id="sm-owner" data-control="owner"><option value="">Alla nämnder och förvaltningar</option><option value="KS">Kommunstyrelsen</option><option value="KLF">\u2003Kommunledningsförvaltningen</option><option value="BUN" selected>Barn- och utbildningsnämnden</option></select></label></div></header>'
        );
        const noMunicipality = renderHtmlBody(fixtureInput({ municipality: undefined }));
        expect(noMunicipality).toContain('<p class="sm-meta"><span>Ingen kommun i modellen</span>');
        expect(noMunicipality).toContain(
            '<select id="sm-year" data-control="year"><option value="2019" selected>2019</option><option value="2018">2018</option></select>'
        );
        expect(renderHtmlBody(fixtureInput({ committees: [], administrations: [], goals: [] }))).not.toContain(
            'sm-owner'
        );
    });

    it("says when the year shown is not the model's, and which owner's goals are shown", () => {
        expect(bun()).toContain(
            '</header><p class="sm-filter-note sm-year-note" role="status">Visar 2019; modellens år är 2020.</p>' +
                '<p class="sm-filter-note" role="status">Visar mål som <strong>Barn- och utbildningsnämnden</strong> ansvarar för, och de fullmäktigemål de bidrar till.</p>'
        );
        expect(all()).not.toContain('Visar mål som');
        expect(renderHtmlBody(fixtureInput())).not.toContain('sm-filter-note');
    });

    it("shows the vision's description and its counts per status", () => {
        expect(all()).toContain(
            '<span class="sm-kind">Vision</span><span class="sm-name sm-vision-name">Vision 2030</span><span class="sm-description">Ett gott liv.</span>'
        );
        expect(all()).toContain(
            '<div class="sm-counts"><span class="sm-counts-label">Fullmäktiges mål</span><ul><li><span class="sm-pill status-yellow">delvis<span class="sm-count">2</span></span></li></ul></div>'
        );
        expect(all()).toContain(
            '<li><span class="sm-pill status-grey">ej bedömd<span class="sm-count">2</span></span></li></ul></div></div></div>'
        );
    });

    it('draws an inriktning with its description, one without goals with a note, and committee goals outside the tree', () => {
        expect(all()).toContain(
            '<span class="sm-kind">Inriktning</span><h2 class="sm-area-title">Trygghet och lärande</h2><span class="sm-description">Om trygghet.</span></div>'
        );
        expect(all()).toContain(
            '<li class="sm-node sm-area" role="treeitem" aria-level="1" aria-expanded="true" tabindex="-1" data-key="a:Tom" id="sm-node-a:Tom" data-file="/models/test.styr" data-line="7" data-column="1">' +
                '<div class="sm-row"><span class="sm-twisty" aria-hidden="true"></span><div class="sm-main"><span class="sm-kind">Inriktning</span><h2 class="sm-area-title">Tom inriktning</h2></div></div>' +
                '<ul role="group"><li class="sm-node sm-note" role="none"><div class="sm-row"><span class="sm-main sm-muted">Inga fullmäktigemål har denna inriktning.</span></div></li></ul></li>'
        );
        expect(bun()).toContain(
            '<li class="sm-node sm-area" role="treeitem" aria-level="1" aria-expanded="true" tabindex="-1" data-key="u:" id="sm-node-u:"><div class="sm-row"><span class="sm-twisty" aria-hidden="true"></span><div class="sm-main"><h2 class="sm-area-title">Nämndmål utan fullmäktigemål</h2></div></div><ul role="group">' +
                '<li class="sm-node sm-goal sm-committee" role="treeitem" aria-level="2" aria-expanded="true" tabindex="-1" data-key="g:Ensam" data-file="/models/test.styr" data-line="1" data-column="1">'
        );
        expect(bun()).toContain('<h3 class="sm-name">Ensamt mål</h3>');
        expect(bun()).toContain('<h4 class="sm-name">Egen</h4>');
    });

    it("names a goal's owner or that it is kommunövergripande, its coverage, and a weight other than 1", () => {
        expect(all()).toContain(
            '<span class="sm-sub"><span class="sm-owner">Barn- och utbildningsnämnden</span><span class="sm-coverage sm-coverage-partial">2 av 3 mått har värde</span><span>vikt 2,5</span></span>'
        );
        expect(all()).toContain(
            '<span class="sm-sub"><span class="sm-owner">Kommunövergripande</span><span class="sm-coverage">1 av 1 mått har värde</span></span>'
        );
    });

    it('fills the bar by the fulfilment, rounded, and ends with the hint and the legend note', () => {
        expect(all()).toMatch(
            /<span class="sm-figure"><span class="sm-percent">\d+\u00a0%<\/span><span class="sm-bar" aria-hidden="true"><span class="sm-bar-fill status-\w+" style="width:\d+%"><\/span><\/span><\/span>/
        );
        const body = renderHtmlBody(fixtureInput());
        // GodEkonomi: one measure of its own, halv: 50 %.
        expect(body).toMatch(
            /data-key="g:GodEkonomi"[^>]*>[\s\S]*?<span class="sm-percent">50\u00a0%<\/span><span class="sm-bar" aria-hidden="true"><span class="sm-bar-fill status-yellow" style="width:50%"><\/span>/
        );
        expect(all()).toContain(
            '<p class="sm-hint">Pilarna flyttar mellan raderna, vänster och höger fäller ihop och ut. En markerad rad visar var den står i modellen.</p>'
        );
        expect(renderHtmlBody(fixtureInput(), { host: 'preview' })).toContain(
            '<p class="sm-hint">Pilarna flyttar mellan raderna, vänster och höger fäller ihop och ut, Enter öppnar raden i modellen.</p>'
        );
        expect(all()).toMatch(/ Kurvan visar värdet år för år \(1\u00a0år i underlaget\)\.<\/p><\/section><\/div>$/);
        expect(body).toMatch(/ Kurvan visar värdet år för år \(2\u00a0år i underlaget\)\.<\/p><\/section><\/div>$/);
    });

    it('says so when there is no result, or no goal', () => {
        expect(renderHtmlBody({ ...fixtureInput(), results: [] })).toBe(
            '<div class="sm-app sm-empty" id="sm-app"><p class="sm-message">Det finns inga resultat att visa för Testkommuns styrmodell: modellen anger inget år, eller inga mått har data.</p></div>'
        );
        expect(renderHtmlBody(fixtureInput({ goals: [], areas: [], vision: undefined }))).toContain(
            '<p class="sm-message">Modellen har inga mål ännu.</p><p class="sm-hint">'
        );
    });
});
