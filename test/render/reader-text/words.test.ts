/** The small pieces of Swedish every reader text is put together from. */
import { describe, expect, it } from 'vitest';
import { capitalise, firstSentence, joinSwedish } from '../../../src/render/reader-text/index.js';

describe('joinSwedish', () => {
    it.each<[string[], string]>([
        [[], ''],
        [['a'], 'a'],
        [['a', 'b'], 'a och b'],
        [['a', 'b', 'c'], 'a, b och c'],
        [['a', 'b', 'c', 'd'], 'a, b, c och d']
    ])('%j', (parts, text) => {
        expect(joinSwedish(parts)).toBe(text);
    });
});

describe('capitalise', () => {
    it.each<[string, string]>([
        ['', ''],
        ['når', 'Når'],
        ['åtgärd', 'Åtgärd'],
        ['Redan', 'Redan'],
        ['3 mått', '3 mått']
    ])('%j', (text, expected) => {
        expect(capitalise(text)).toBe(expected);
    });
});

describe('firstSentence', () => {
    it.each<[string, string]>([
        ['Elfte plats i landet. En placering från topp 10.', 'Elfte plats i landet.'],
        ['Ökar! Mer än väntat.', 'Ökar!'],
        ['Varför? Det vet vi inte.', 'Varför?'],
        ['Ca 3,5 procent. Sedan mer.', 'Ca 3,5 procent.'],
        ['Bättre än väntat. 2019 var sämre.', 'Bättre än väntat.'],
        ['Bra. ”Citat” följer.', 'Bra.'],
        ['Bra. (Inom parentes.)', 'Bra.'],
        ['Bra. "Citat" följer.', 'Bra.'],
        ['Ökade t.ex. i skolan. Sedan mer.', 'Ökade t.ex. i skolan.'],
        ['  Flera\n rader\tutan slut  ', 'Flera rader utan slut'],
        ['Bara en mening.', 'Bara en mening.'],
        ['', '']
    ])('%j', (text, sentence) => {
        expect(firstSentence(text)).toBe(sentence);
    });
});
