import { describe, expect, it } from 'vitest';
import { buildWorkspace } from './workspace-helper.js';

describe('duplicate-name', () => {
    it('lists at most three other places and counts the rest', async () => {
        const copies = Array.from({ length: 2_000 }, (_, i) => `program P "Program ${i}"`).join('\n');
        const workspace = await buildWorkspace({
            'm.styr': `styrmodell M "M" {\n    kommun "1881"\n    år 2019\n}\n${copies}\n`
        });
        const messages = workspace
            .raw('m.styr')
            .filter(d => d.code === 'duplicate-name')
            .map(d => (typeof d.message === 'string' ? d.message : d.message.value));
        expect(messages).toHaveLength(2_000);
        expect(messages[0]).toBe(
            'Namnet P används redan (m.styr:6, m.styr:7, m.styr:8 och 1996 ställen till). Namn måste vara unika i modellen: byt namn på det ena.'
        );
        expect(Math.max(...messages.map(m => m.length))).toBeLessThan(200);
    });
});
