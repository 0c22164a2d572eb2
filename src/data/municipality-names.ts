import { MUNICIPALITIES } from '../model/municipalities.js';
import { closestName } from '../text/closest-name.js';

/**
 * Municipality names as Kolada writes them (`Kumla`, `Upplands Väsby`, `Riket`), matched to their codes, for
 * exports that name the municipality instead of giving its code (Kolada's web tools, a planner's own sheet).
 * Compared after NFC, case and spacing are evened out; a trailing ` kommun` is allowed (`Kumla kommun`).
 */

const RIKET = { code: '0000', name: 'Riket' };

let byName: Map<string, string> | undefined;

function key(name: string): string {
    return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
}

function names(): Map<string, string> {
    if (byName === undefined) {
        byName = new Map([[key(RIKET.name), RIKET.code]]);
        for (const [code, name] of MUNICIPALITIES) {
            byName.set(key(name), code);
        }
    }
    return byName;
}

/** The code of a municipality (or Riket) by its Kolada name; undefined for any other text. */
export function municipalityCodeByName(raw: string): string | undefined {
    const typed = key(raw);
    return names().get(typed) ?? (typed.endsWith(' kommun') ? names().get(typed.slice(0, -7)) : undefined);
}

/** The Kolada name closest to a name that matched none, when it is close enough to be a typo. */
export function closestMunicipalityName(raw: string): string | undefined {
    return closestName(raw.trim(), [RIKET.name, ...MUNICIPALITIES.values()]);
}
