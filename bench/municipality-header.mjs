// The header file of a generated municipality model, shared by the LSP-latency and national-scale workspaces so
// that both measure the same shape of model: a vision, two inriktningar, three nämnder, the county's peer group
// and three KF goals.

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
