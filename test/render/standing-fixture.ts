import type { Standing } from '../../src/fulfilment/result.js';

/** Five municipalities of Örebro län in 2019, Kumla (1881) the own one in the middle; `init` overrides any part. */
export function standing(init: Partial<Standing> = {}): Standing {
    return {
        year: 2019,
        own: { code: '1881', value: 75, name: 'Kumla' },
        count: 5,
        lowest: { code: '1884', value: 60 },
        median: 75,
        highest: { code: '1882', value: 90.5 },
        codes: ['1884', '1880', '1881', '1883', '1882'],
        values: [60, 70, 75, 80, 90.5],
        ...init
    };
}
