/**
 * Municipality codes are Kolada ids and always strings: `0114`, `1881`, `0000` (Riket), `0001`–`0025`
 * (regions), `G96413` (a Kolada group).
 */

/** Codes that stand for a kommun in rank, quartile and mean: four digits, not `00NN`. */
export function isMunicipalityCode(code: string): boolean {
    return code.length === 4 && !(code.charCodeAt(0) === 48 && code.charCodeAt(1) === 48) && isDigits(code);
}

/**
 * Normalises a code read from a file. A code written as a number, like `114`, comes from a spreadsheet that
 * treated the column as numbers and dropped the leading zero; it is padded back to four digits (`0114`).
 * Group ids are upper-cased (`g96413` → `G96413`). Returns undefined for anything that is not a Kolada code
 * (a municipality name in the code column, for instance).
 */
export function normalizeMunicipalityCode(raw: string): string | undefined {
    const code = raw.trim();
    if (isDigits(code)) {
        return code.length <= 4 ? code.padStart(4, '0') : undefined;
    }
    const first = code.charCodeAt(0);
    if ((first === 71 || first === 103) && code.length > 1 && isDigits(code.slice(1))) {
        return `G${code.slice(1)}`;
    }
    return undefined;
}

/** Four-digit form of a numeric code 0..9999. */
export function codeFromNumber(n: number): string {
    return String(n).padStart(4, '0');
}

function isDigits(s: string): boolean {
    if (s.length === 0) {
        return false;
    }
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 48 || c > 57) {
            return false;
        }
    }
    return true;
}
