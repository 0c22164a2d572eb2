// Generated municipality models, shared by the LSP-latency and national-scale workspaces so that both measure the
// same shape of model: a header (a vision, two inriktningar, three nämnder, the county's peer group, three KF goals)
// and measures with every base in the mix.

export const MUNICIPALITIES = 290;

/** `codes` are all generated municipalities (the county group takes those with the same first two digits). */
export function municipalityHeader(code, codes, dataPath, purpose) {
    const id = `K${code}`;
    const county = `Län${code.slice(0, 2)}`;
    const members = codes.filter(c => c.slice(0, 2) === code.slice(0, 2));
    return `// Kommun ${code}: en genererad styrmodell ${purpose}.
styrmodell ${id} "Kommun ${code}" {
    kommun "${code}"
    år 2023
    data "${dataPath}"
}

vision Vision "Vision 2030 för kommun ${code}"

inriktning Välfärd "Välfärd"
inriktning Samhälle "Samhälle"

nämnd KS "Kommunstyrelsen"
nämnd BUN "Barn- och utbildningsnämnden"
nämnd SBN "Samhällsbyggnadsnämnden"

jämförelsegrupp ${county} "Länets kommuner" {
    kommuner ${members.map(c => `"${c}"`).join(' ')}
}

mål Lärande "Livslångt lärande" {
    nivå fullmäktige
    inriktning Välfärd
    bidrar till Vision
}

mål Trygghet "Trygghet och hälsa" {
    nivå fullmäktige
    inriktning Välfärd
    bidrar till Vision
}

mål Hållbarhet "Hållbar samhällsutveckling" {
    nivå fullmäktige
    inriktning Samhälle
    bidrar till Vision
    vikt 2
}
`;
}

/** 290 four-digit codes in 21 counties of at most 14 (0114, 0119, …); the county is the first two digits. */
export function municipalityCodes() {
    return Array.from({ length: MUNICIPALITIES }, (_, i) => {
        const county = 1 + Math.floor(i / 14);
        return `${String(county).padStart(2, '0')}${String(14 + (i % 14) * 5).padStart(2, '0')}`;
    });
}

/**
 * A measure with every base in the mix (value, rank, quartile, Riket, county group, mean, change) by `m`; `{n}` in
 * measure 0's `hel` line is left for the caller (the LSP bench edits that number).
 */
export function measureText(m, kpi, county) {
    const kinds = [
        ['högre', 'hel  när värde >= {n}', 'halv när värde >= 40'],
        ['högre', 'hel  när rang <= 50', 'halv när rang <= 145'],
        ['lägre', 'hel  när kvartil = 1', 'halv när kvartil <= 2'],
        ['högre', 'hel  när skillnad mot riket >= 0', 'halv när skillnad mot riket >= -5'],
        ['högre', `hel  när skillnad mot ${county} >= 0`, `halv när rang i ${county} <= 7`],
        ['lägre', 'hel  när värde <= 30 och förändring < 0', 'halv när förändring < 0'],
        ['högre', 'hel  när skillnad mot medel >= 0', 'halv när kvartil <= 2'],
        ['högre', 'hel  när värde >= 70', 'halv när förändring > 0']
    ];
    const [direction, full, half] = kinds[m % kinds.length];
    return `    mått Mått${m} "Uppföljningsmått ${m + 1}: andel nöjda invånare" {
        nyckeltal ${kpi}
        enhet "%"
        ${direction} är bättre
        ${full}
        ${half}
    }
`;
}
