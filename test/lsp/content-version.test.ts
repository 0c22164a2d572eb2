import { describe, expect, it } from 'vitest';
import { contentVersion } from '../../src/lsp/content-version.js';

describe('contentVersion', () => {
    it('is the same for the same text and differs for a one-character change, in 16 hex digits', () => {
        const answer = JSON.stringify({ measures: [{ id: 'Nöjdhet', value: 90 }] });
        expect(contentVersion(answer)).toMatch(/^[0-9a-f]{16}$/);
        expect(contentVersion(answer)).toBe(contentVersion(`${answer}`));
        expect(contentVersion(answer.replace('90', '91'))).not.toBe(contentVersion(answer));
        expect(contentVersion('')).not.toBe(contentVersion(' '));
    });
});
