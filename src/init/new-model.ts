import { MUNICIPALITIES } from '../model/municipalities.js';

/** The files `init` writes, relative to the model's folder. */
export interface NewModelFile {
    name: string;
    text: string;
}

export const MODEL_FILE = 'styrmodell.styr';
/** The snapshot `fetch` refreshes; written empty so the model's `data` line names a file that exists. */
export const SNAPSHOT_FILE = 'kolada.json';

/** A model id from a municipality's name: `Upplands Väsby` → `UpplandsVäsby`, `Malung-Sälen` → `MalungSälen`. */
export function modelIdOf(name: string): string {
    return name.replace(/[^\p{L}\p{N}_]+/gu, '');
}

/**
 * A small, valid model for a municipality to start from: a header with code, name, year and the snapshot's `data`
 * line, a vision, one KF goal and one committee goal with a KKiK measure (U21468, the elderly's overall view of
 * home care, ranked among all municipalities). Undefined for a code that is not one of the 290 municipalities.
 * Pure, so the command line and the editor's *Ny styrmodell…* write the same files.
 */
export function newModelFiles(code: string, year: number): NewModelFile[] | undefined {
    const name = MUNICIPALITIES.get(code);
    if (name === undefined) return undefined;
    const id = modelIdOf(name);
    const text = `// Styrmodell för ${name} kommun, skapad med \`styrmodell init\`.
// Kontrollera den:  npx styrmodell validate
// Hämta värden:     npx styrmodell fetch --out ${SNAPSHOT_FILE}

styrmodell ${id} "${name} kommun" {
    kommun "${code}"
    år ${year}
    data "${SNAPSHOT_FILE}"
}

vision Vision "Vision för ${name} kommun" {
    beskrivning "Skriv kommunens vision här."
}

nämnd VON "Vård- och omsorgsnämnden"

mål GodÄldreomsorg "Äldre i ${name} får en god omsorg" {
    nivå fullmäktige
    bidrar till Vision
}

mål NöjdaHemtjänsttagare "Hemtjänsttagarna är nöjda med hemtjänsten" {
    nivå nämnd
    ansvarig VON
    bidrar till GodÄldreomsorg

    // Ett mått ur Kommunens kvalitet i korthet (KKiK): hel uppfyllelse bland kommunernas bästa fjärdedel.
    mått Helhetssyn "Brukarbedömning hemtjänst äldreomsorg, helhetssyn, andel (%)" {
        nyckeltal U21468
        enhet "%"
        högre är bättre
        hel  när rang <= 72
        halv när rang <= 145
    }
}
`;
    return [
        { name: MODEL_FILE, text },
        { name: SNAPSHOT_FILE, text: '{"values": []}\n' }
    ];
}
