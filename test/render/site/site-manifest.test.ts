import { describe, expect, it } from 'vitest';
import { manifestText, siteFolderVerdict } from '../../../src/render/site/site-manifest.js';
import { slug, yearPage } from '../../../src/render/site/site-paths.js';

describe('the folder a site may be written into', () => {
    const files = [{ path: 'index.html' }, { path: 'stil.css' }];
    const manifest = manifestText(files);

    it('takes an empty folder and a site it wrote', () => {
        expect(siteFolderVerdict([], undefined, 'ut').kind).toBe('empty');
        expect(siteFolderVerdict(['.styrmodell-webbplats.json', 'index.html', 'stil.css'], manifest, 'ut').kind).toBe(
            'site'
        );
    });

    it('refuses a folder without the manifest, with a broken one, or with a file the manifest does not list', () => {
        expect(siteFolderVerdict(['anteckningar.txt'], undefined, 'ut')).toMatchObject({ kind: 'refused' });
        expect(siteFolderVerdict(['index.html'], '{"generator": "annat"}', 'ut')).toMatchObject({ kind: 'refused' });
        expect(siteFolderVerdict(['index.html'], 'inte json', 'ut')).toMatchObject({ kind: 'refused' });
        const verdict = siteFolderVerdict(['CNAME', 'index.html'], manifest, 'ut');
        expect(verdict.kind).toBe('refused');
        expect(verdict.kind === 'refused' && verdict.reason).toContain('CNAME');
        // An empty folder a person made is theirs too.
        expect(siteFolderVerdict(['bilder/', 'index.html'], manifest, 'ut').kind).toBe('refused');
    });
});

describe('page names', () => {
    it('are ASCII, split at capitals, and the model year is index.html', () => {
        expect(slug('EkonomiIBalans')).toBe('ekonomi-ibalans');
        expect(slug('Bättre skola för alla')).toBe('battre-skola-for-alla');
        expect(slug('Ökad trygghet')).toBe('okad-trygghet');
        expect(slug('!!!')).toBe('sida');
        expect(yearPage(2020, 2020)).toBe('index.html');
        expect(yearPage(2019, 2020)).toBe('ar-2019.html');
    });
});

describe('the manifest', () => {
    it('lists the files the site wrote, as JSON with a final newline', () => {
        expect(manifestText([{ path: 'index.html' }, { path: 'a-o.html' }])).toBe(
            '{\n  "generator": "styrmodell site",\n  "files": [\n    "index.html",\n    "a-o.html"\n  ]\n}\n'
        );
    });

    it('is not one without its list of files', () => {
        expect(siteFolderVerdict(['index.html'], '{"generator": "styrmodell site"}', 'ut').kind).toBe('refused');
        expect(
            siteFolderVerdict(['index.html'], '{"generator": "styrmodell site", "files": "index.html"}', 'ut').kind
        ).toBe('refused');
        expect(
            siteFolderVerdict(['index.html'], '{"generator": "styrmodell site", "files": ["index.html"]}', 'ut').kind
        ).toBe('site');
    });

    it('words the refusals, naming at most three foreign files', () => {
        const manifest = manifestText([{ path: 'index.html' }]);
        expect(siteFolderVerdict(['x'], undefined, 'webb/ut')).toEqual({
            kind: 'refused',
            reason: 'webb/ut är inte tom och är ingen webbplats som styrmodell site har skrivit. Välj en tom eller ny mapp.'
        });
        const three = siteFolderVerdict(['a', 'b', 'index.html', 'c'], manifest, 'ut');
        expect(three).toEqual({
            kind: 'refused',
            reason: 'ut innehåller filer som styrmodell site inte har skrivit (a, b, c); de skulle försvinna. Flytta dem eller välj en annan mapp.'
        });
        const four = siteFolderVerdict(['a', 'b', 'c', 'd'], manifest, 'ut');
        expect(four.kind === 'refused' && four.reason).toContain('(a, b, c …); de skulle');
    });
});
