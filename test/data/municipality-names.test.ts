import { describe, expect, it } from 'vitest';
import { closestMunicipalityName, municipalityCodeByName } from '../../src/data/municipality-names.js';

describe('municipalityCodeByName', () => {
    it.each([
        ['Kumla', '1881'],
        [' kumla ', '1881'],
        ['Upplands   Väsby', '0114'],
        ['UPPLANDS VÄSBY KOMMUN', '0114'],
        ['Riket', '0000'],
        ['Kumla1234567', undefined],
        ['Kumla kommunen', undefined],
        ['kommun', undefined]
    ])('%j → %j', (name, code) => {
        expect(municipalityCodeByName(name)).toBe(code);
    });

    it('suggests the closest name of a padded typo', () => {
        expect(closestMunicipalityName('  Kumlaa  ')).toBe('Kumla');
        expect(closestMunicipalityName('Rikett')).toBe('Riket');
    });
});
