import { describe, expect, it } from 'vitest';
import { isMunicipalityCode, normalizeMunicipalityCode } from '../../src/data/municipality-code.js';

describe('normalizeMunicipalityCode', () => {
    it.each([
        ['0114', '0114'],
        ['114', '0114'],
        [' 1881 ', '1881'],
        ['0', '0000'],
        ['0000', '0000'],
        ['1', '0001'],
        ['G96413', 'G96413'],
        ['g96413', 'G96413'],
        ['', undefined],
        ['Kumla', undefined],
        ['18810', undefined],
        ['G', undefined],
        ['1881 Kumla', undefined]
    ])('%j → %j', (raw, expected) => {
        expect(normalizeMunicipalityCode(raw)).toBe(expected);
    });
});

describe('isMunicipalityCode', () => {
    it.each([
        ['0114', true],
        ['1881', true],
        ['2584', true],
        ['0000', false],
        ['0001', false],
        ['0025', false],
        ['G96413', false],
        ['114', false],
        ['18810', false]
    ])('%j → %s', (code, expected) => {
        expect(isMunicipalityCode(code)).toBe(expected);
    });
});
