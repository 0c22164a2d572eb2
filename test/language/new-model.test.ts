import { describe, expect, it } from 'vitest';
import { modelIdOf, newModelFiles } from '../../src/init/new-model.js';
import { MUNICIPALITIES } from '../../src/model/municipalities.js';
import { buildWorkspace } from './workspace-helper.js';

describe('the municipality table and the new model', () => {
    it('holds the 290 municipalities with four-digit codes and distinct names', () => {
        expect(MUNICIPALITIES.size).toBe(290);
        expect([...MUNICIPALITIES.keys()].every(code => /^\d{4}$/.test(code))).toBe(true);
        expect(new Set(MUNICIPALITIES.values()).size).toBe(290);
        expect(MUNICIPALITIES.get('1881')).toBe('Kumla');
        expect(MUNICIPALITIES.get('0980')).toBe('Gotland');
    });

    it('gives every municipality a model id the grammar accepts', async () => {
        const ids = [...MUNICIPALITIES.values()].map(modelIdOf);
        expect(new Set(ids).size).toBe(290);
        for (const code of ['2023', '1438', '1462', '0114']) {
            const [model] = newModelFiles(code, 2025)!;
            const workspace = await buildWorkspace({ [model.name]: model.text });
            const errors = workspace.raw(model.name).filter(d => d.severity === 1 && d.code !== 'data-file-missing');
            expect(errors.map(d => d.message)).toEqual([]);
        }
    });

    it('knows no model for an unknown code', () => {
        expect(newModelFiles('0000', 2025)).toBeUndefined();
    });
});
