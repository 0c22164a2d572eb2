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

describe('codes that only look like codes', () => {
    it.each([
        ['12a', undefined],
        ['x123', undefined],
        ['Gx1', undefined],
        ['g12a', undefined],
        ['G12', 'G12'],
        ['9999', '9999']
    ])('normalizeMunicipalityCode(%j) → %j', (raw, expected) => {
        expect(normalizeMunicipalityCode(raw)).toBe(expected);
    });

    it.each([
        ['12a4', false],
        ['0100', true],
        ['0010', false],
        ['1000', true],
        ['abcd', false]
    ])('isMunicipalityCode(%j) → %s', (code, expected) => {
        expect(isMunicipalityCode(code)).toBe(expected);
    });
});
