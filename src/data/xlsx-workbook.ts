import { attribute, elements, runText } from './xml-text.js';
import { ZipArchive, ZipFormatError } from './zip-archive.js';

/**
 * The parts of an `.xlsx` workbook a reader needs: its sheets in order (name and part), and the shared strings.
 * Paths come from the relationship parts, as the format says, with the usual paths as the fallback some
 * writers rely on.
 */

export interface WorkbookSheet {
    name: string;
    /** The worksheet's part in the archive, e.g. `xl/worksheets/sheet1.xml`. */
    part: string;
}

export interface Workbook {
    archive: ZipArchive;
    sheets: WorkbookSheet[];
    sharedStringsPart: string | undefined;
}

const decoder = new TextDecoder();

export function partText(archive: ZipArchive, name: string): string {
    return decoder.decode(archive.read(name));
}

/** True when the archive holds a workbook part (so it is a spreadsheet, not some other zip). */
export function workbookPart(archive: ZipArchive): string | undefined {
    if (archive.has('_rels/.rels')) {
        for (const relation of elements(partText(archive, '_rels/.rels'), 'Relationship')) {
            if (attribute(relation.attributes, 'Type')?.endsWith('/officeDocument')) {
                const target = attribute(relation.attributes, 'Target') ?? '';
                const part = resolvePart('', target);
                if (archive.has(part)) return part;
            }
        }
    }
    return archive.has('xl/workbook.xml') ? 'xl/workbook.xml' : undefined;
}

export function openWorkbook(archive: ZipArchive, part: string): Workbook {
    const folder = part.slice(0, part.lastIndexOf('/') + 1);
    const relsPart = `${folder}_rels/${part.slice(folder.length)}.rels`;
    const targets = new Map<string, string>();
    let sharedStringsPart: string | undefined;
    if (archive.has(relsPart)) {
        for (const relation of elements(partText(archive, relsPart), 'Relationship')) {
            const id = attribute(relation.attributes, 'Id');
            const target = resolvePart(folder, attribute(relation.attributes, 'Target') ?? '');
            if (id !== undefined) targets.set(id, target);
            if (attribute(relation.attributes, 'Type')?.endsWith('/sharedStrings')) sharedStringsPart = target;
        }
    }
    if (sharedStringsPart === undefined && archive.has(`${folder}sharedStrings.xml`)) {
        sharedStringsPart = `${folder}sharedStrings.xml`;
    }
    const sheets: WorkbookSheet[] = [];
    let index = 0;
    for (const sheet of elements(partText(archive, part), 'sheet')) {
        index++;
        const name = attribute(sheet.attributes, 'name') ?? `Blad${index}`;
        const id = attribute(sheet.attributes, 'id');
        const target = id !== undefined ? targets.get(id) : undefined;
        const fallback = `${folder}worksheets/sheet${index}.xml`;
        const sheetPart = target !== undefined && archive.has(target) ? target : fallback;
        if (!archive.has(sheetPart)) {
            // A chart sheet or dialog sheet has no cells; it is listed but cannot be read as data.
            sheets.push({ name, part: '' });
            continue;
        }
        sheets.push({ name, part: sheetPart });
    }
    return { archive, sheets, sharedStringsPart };
}

export function sharedStrings(workbook: Workbook): string[] {
    if (workbook.sharedStringsPart === undefined || !workbook.archive.has(workbook.sharedStringsPart)) return [];
    const strings: string[] = [];
    for (const item of elements(partText(workbook.archive, workbook.sharedStringsPart), 'si')) {
        strings.push(runText(item.content));
    }
    return strings;
}

/** A relationship target as an archive path: relative to the source part's folder, or absolute with `/`. */
function resolvePart(folder: string, target: string): string {
    const parts = (target.startsWith('/') ? target.slice(1) : folder + target).split('/');
    const out: string[] = [];
    for (const part of parts) {
        if (part === '..') out.pop();
        else if (part !== '.' && part !== '') out.push(part);
    }
    return out.join('/');
}

export { ZipFormatError };
