import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/language/generated/ast.js';
import { createStyrmodellServices } from '../../src/services.js';

/**
 * A string literal of 5 MB or more overflowed the STRING token's backtracking regular expression (issue 18,
 * item 1). The token now has a scanner of its own; these are its cases.
 */
const parse = parseHelper<Document>(createStyrmodellServices(EmptyFileSystem).Styrmodell);

describe('the STRING token', () => {
    it('reads a 6 MB description without overflowing', async () => {
        const long = 'å'.repeat(6 * 1024 * 1024);
        const document = await parse(`vision V "Vision" {\n    beskrivning "${long}"\n}\n`);
        expect(document.parseResult.lexerErrors).toEqual([]);
        expect(document.parseResult.parserErrors).toEqual([]);
        const vision = document.parseResult.value.elements[0] as { descriptions?: Array<{ text: string }> };
        expect(vision.descriptions?.[0].text).toHaveLength(long.length);
    });

    it.each<[string, string, string | undefined]>([
        ['escapes', String.raw`"a \"citat\" och \\ snedstreck"`, 'a "citat" och \\ snedstreck'],
        ['an empty string', '""', ''],
        ['an unterminated string at a line end', '"aldrig slut\nvision W "W"', undefined],
        ['an unterminated string at the end', '"aldrig slut', undefined],
        ['a backslash before the line end', '"a\\\nb"', undefined]
    ])('%s', async (_name, literal, expected) => {
        const document = await parse(`vision V ${literal}\n`);
        if (expected === undefined) {
            expect(document.parseResult.lexerErrors.length).toBeGreaterThan(0);
        } else {
            expect(document.parseResult.lexerErrors).toEqual([]);
            expect((document.parseResult.value.elements[0] as { title?: string }).title).toBe(expected);
        }
    });
});
