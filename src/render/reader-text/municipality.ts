/**
 * A municipality by its name with the code in parentheses, `Kumla kommun (1881)`, as a reader knows it;
 * never the bare code.
 */
import { MUNICIPALITIES } from '../../model/municipalities.js';

/** The few official names that do not follow the rule below. */
const OFFICIAL: Readonly<Record<string, string>> = {
    Falun: 'Falu kommun',
    Gotland: 'Region Gotland'
};

/**
 * `Kumla kommun`, `Finspångs kommun`, `Alingsås kommun`: a name ending in a consonant other than s, x or z
 * takes the genitive s, as the municipalities call themselves.
 */
export function municipalityName(name: string): string {
    const known = OFFICIAL[name];
    if (known !== undefined) {
        return known;
    }
    // A name that already says what it is (`Exempelkommun`, `Göteborgs Stad`, `Region Gotland`) stays; a
    // name ending in -stad (`Karlstad`, `Ystad`) is a municipality's name like any other.
    if (/kommun$|\sstad$|^region\b/i.test(name)) {
        return name;
    }
    return /[aeiouyåäösxz]$/i.test(name) ? `${name} kommun` : `${name}s kommun`;
}

/**
 * `Kumla kommun (1881)`; the name from the data's metadata when it gives one, else from the list of
 * Sweden's municipalities; `kommunkod 9999` for a code nobody names; undefined without a code.
 */
export function municipalityText(code: string | undefined, dataName?: string): string | undefined {
    if (code === undefined) {
        return dataName === undefined ? undefined : municipalityName(dataName);
    }
    const name = dataName ?? MUNICIPALITIES.get(code);
    return name === undefined ? `kommunkod ${code}` : `${municipalityName(name)} (${code})`;
}
