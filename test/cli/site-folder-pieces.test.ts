import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSiteFolder } from '../../src/cli/site-folder.js';
import { piecesText, SharedText } from '../../src/render/html-pieces.js';

describe('writeSiteFolder', () => {
    it('writes a page in pieces as the same bytes as the page as one string', () => {
        const rows = new SharedText(['<tr>Åre – 1</tr>', '<tr>Kumla ▼</tr>', '<tr>Örebro 😀</tr>']);
        const pieces = ['<p>före – </p>', ...rows.replaced(new Map([[1, '<tr class="own">Kumla</tr>']])), '</p>'];
        const parent = mkdtempSync(join(tmpdir(), 'styrmodell-pieces-'));
        const dir = join(parent, 'webbplats');
        writeSiteFolder(
            dir,
            put => {
                put({ path: 'a/bitar.html', content: pieces });
                put({ path: 'a/hel.html', content: piecesText(pieces) });
            },
            'new'
        );
        const whole = readFileSync(join(dir, 'a', 'hel.html'));
        expect(whole.toString('utf8')).toContain('Kumla</tr><tr>Örebro 😀');
        expect(readFileSync(join(dir, 'a', 'bitar.html')).equals(whole)).toBe(true);
        rmSync(parent, { recursive: true, force: true });
    });
});
