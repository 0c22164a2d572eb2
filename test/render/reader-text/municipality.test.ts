/**
 * A municipality as a reader knows it (READERS.md 1: municipalities by their names, the code in parentheses):
 * the genitive s after a consonant other than s, x and z, none after a vowel, the official exceptions, and a
 * name that already says what it is. The eight municipalities whose names end in -stad are among the rows:
 * they read "Karlstad (1780)" before, as if the name were a city's "Stad".
 */
import { describe, expect, it } from 'vitest';
import { municipalityName, municipalityText } from '../../../src/render/reader-text/index.js';

describe('municipalityName', () => {
    it.each<[string, string]>([
        ['Kumla', 'Kumla kommun'],
        ['Öckerö', 'Öckerö kommun'],
        ['Upplands Väsby', 'Upplands Väsby kommun'],
        ['Finspång', 'Finspångs kommun'],
        ['Lilla Edet', 'Lilla Edets kommun'],
        ['Alingsås', 'Alingsås kommun'],
        ['Lax', 'Lax kommun'],
        ['Berz', 'Berz kommun'],
        ['Falun', 'Falu kommun'],
        ['Gotland', 'Region Gotland'],
        ['Båstad', 'Båstads kommun'],
        ['Ystad', 'Ystads kommun'],
        ['Kristianstad', 'Kristianstads kommun'],
        ['Halmstad', 'Halmstads kommun'],
        ['Strömstad', 'Strömstads kommun'],
        ['Mariestad', 'Mariestads kommun'],
        ['Karlstad', 'Karlstads kommun'],
        ['Filipstad', 'Filipstads kommun'],
        ['Exempelkommun', 'Exempelkommun'],
        ['Kumla kommun', 'Kumla kommun'],
        ['Göteborgs Stad', 'Göteborgs Stad'],
        ['Stockholms stad', 'Stockholms stad'],
        ['Region Halland', 'Region Halland'],
        ['Regionby', 'Regionby kommun'],
        ['Kommunby', 'Kommunby kommun'],
        ['Nya stadsdelen', 'Nya stadsdelens kommun'],
        ['Västra Region', 'Västra Regions kommun']
    ])('%s', (name, expected) => {
        expect(municipalityName(name)).toBe(expected);
    });
});

describe('municipalityText', () => {
    it.each<[string | undefined, string | undefined, string | undefined]>([
        ['1881', undefined, 'Kumla kommun (1881)'],
        ['1780', undefined, 'Karlstads kommun (1780)'],
        ['0980', undefined, 'Region Gotland (0980)'],
        ['0562', 'Finspång', 'Finspångs kommun (0562)'],
        ['1881', 'Exempelkommun', 'Exempelkommun (1881)'],
        ['9999', undefined, 'kommunkod 9999'],
        [undefined, 'Kumla', 'Kumla kommun'],
        [undefined, undefined, undefined]
    ])('%s, %s', (code, name, expected) => {
        expect(municipalityText(code, name)).toBe(expected);
    });
});
