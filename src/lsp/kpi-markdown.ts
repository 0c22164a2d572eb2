import type { KpiDetails } from '../data/index.js';
import { isKoladaId } from '../model/kolada-id.js';

/** What a hover on a Kolada id says: title, unit, whether divided by gender, description, and which file said so. */
export function describeKpi(
    id: string,
    title: string | undefined,
    details: KpiDetails | undefined,
    file: string | undefined
): string {
    if (title === undefined) {
        return isKoladaId(id)
            ? `**${id}**\n\nInget om nyckeltalet i någon Kolada-metadatafil i arbetsytan. Hämta metadata med \`styrmodell fetch --metadata\`.`
            : `**${id}**: en egen serie (inte ett Kolada-id); värdena läses ur modellens datafiler.`;
    }
    const facts: string[] = [];
    const unit = unitOfTitle(title);
    if (unit) facts.push(`Enhet: ${unit}`);
    if (details?.dividedByGender !== undefined)
        facts.push(details.dividedByGender ? 'Uppdelat på kön: ja (`kön kvinnor`, `kön män`)' : 'Uppdelat på kön: nej');
    const parts = [`**${id}** ${title}`];
    if (facts.length) parts.push(facts.join(' · '));
    if (details?.description) parts.push(details.description);
    if (file) parts.push(`Källa: Kolada-metadata i ${file.split(/[\\/]/).pop()}`);
    return parts.join('\n\n');
}

/**
 * Kolada writes a KPI's unit as the last part of its title (`…, andel (%)`, `…, kr/inv`); a discontinued KPI
 * ends in `(- 2024)`, which is not a unit. Undefined when the title has no comma.
 */
function unitOfTitle(title: string): string | undefined {
    const trimmed = title.replace(/\s*\(\s*-\s*\d{4}\s*\)\s*$/, '').trim();
    const comma = trimmed.lastIndexOf(',');
    if (comma < 0) return undefined;
    const last = trimmed.slice(comma + 1).trim();
    if (/\(%\)/.test(last)) return '%';
    return last === '' ? undefined : last;
}
