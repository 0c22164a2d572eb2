/**
 * The named elements around the goal chain: the vision, inriktningar, program, nämnder, förvaltningar and
 * jämförelsegrupper. The goals themselves are in goals.ts, the follow-ups in follow-ups.ts.
 */
import type { ModelView, NamedView } from '../../model/model-view.js';
import {
    isAdministration,
    isCommittee,
    isPeerGroup,
    isProgramme,
    isStrategicArea,
    isVision,
    type TopElement
} from '../generated/ast.js';
import { locationOf } from './locations.js';

/** What every named element has: its id, title (the id when it has none), place and first description. */
export function namedView(element: TopElement & { name: string; title?: string }, file: string): NamedView {
    return {
        id: element.name,
        title: element.title ?? element.name,
        location: locationOf(element, file),
        description: 'descriptions' in element ? element.descriptions[0]?.text : undefined
    };
}

/** Adds an organisation element to its list in the view; false when the element is none (a goal, say). */
export function addOrganisationElement(element: TopElement, named: NamedView, view: ModelView): boolean {
    if (isVision(element)) view.vision ??= named;
    else if (isStrategicArea(element)) view.areas.push(named);
    else if (isProgramme(element)) view.programmes.push(named);
    else if (isCommittee(element)) view.committees.push(named);
    else if (isAdministration(element))
        view.administrations.push({ ...named, committee: element.committee?.$refText?.normalize('NFC') });
    else if (isPeerGroup(element)) {
        view.groups.push({
            ...named,
            description: element.statements.find(s => s.$type === 'Description')?.text,
            municipalities: element.statements.flatMap(s => (s.$type === 'MembersStatement' ? s.codes : [])),
            koladaGroups: element.statements.flatMap(s => (s.$type === 'KoladaGroupStatement' ? s.groups : []))
        });
    } else return false;
    return true;
}
