import type { ValidationAcceptor } from 'langium';
import { DiagnosticCodes } from '../../model/diagnostic-codes.js';
import { nameOf } from '../display-name.js';
import type { Document, Goal, ModelHeader } from '../generated/ast.js';
import { modelElementsOf, where } from '../model-elements.js';
import type { ModelMembership } from '../model-membership.js';
import { isNamedTopElement } from '../named-elements.js';

/** How many other places a duplicate-name message lists; 10,000 duplicates must not make a 3 GB message. */
const MAX_LISTED_PLACES = 3;

function places(elements: ReadonlyArray<{ name: string }>): string {
    const listed = elements
        .slice(0, MAX_LISTED_PLACES)
        .map(e => where(e as never))
        .join(', ');
    const rest = elements.length - MAX_LISTED_PLACES;
    return rest > 0 ? `${listed} och ${rest} ${rest === 1 ? 'ställe' : 'ställen'} till` : listed;
}

export class NameChecks {
    constructor(private readonly membership: ModelMembership) {}

    /** Names are unique within a model, across its files. */
    checkUniqueNames = (document: Document, accept: ValidationAcceptor): void => {
        const model = modelElementsOf(document, this.membership);
        const byName = new Map<string, Array<{ name: string }>>();
        for (const element of model.elements) {
            if (!isNamedTopElement(element) || !element.name) continue;
            const list = byName.get(element.name);
            if (list) list.push(element);
            else byName.set(element.name, [element]);
        }
        for (const element of document.elements) {
            if (!isNamedTopElement(element) || !element.name) continue;
            const same = (byName.get(element.name) ?? []).filter(e => e !== element);
            if (same.length > 0) {
                accept(
                    'error',
                    `Namnet ${nameOf(element)} används redan (${places(same)}). Namn måste vara unika i modellen: byt namn på det ena.`,
                    { node: element, property: 'name', code: DiagnosticCodes.duplicateName }
                );
            }
        }
    };

    /** A header's name does not collide with an element name (a `del av` must be unambiguous). */
    checkHeaderName = (header: ModelHeader, accept: ValidationAcceptor): void => {
        const clash = modelElementsOf(header, this.membership).elements.find(
            e => isNamedTopElement(e) && e.name === header.name
        );
        if (clash) {
            accept('error', `Namnet ${nameOf(header)} används också av ${where(clash)}. Byt namn på det ena.`, {
                node: header,
                property: 'name',
                code: DiagnosticCodes.duplicateName
            });
        }
    };

    /** Measure names are unique within their goal. */
    checkUniqueMeasureNames = (goal: Goal, accept: ValidationAcceptor): void => {
        const seen = new Set<string>();
        for (const measure of goal.measures) {
            if (seen.has(measure.name)) {
                accept(
                    'error',
                    `Målet ${nameOf(goal)} har redan ett mått som heter ${nameOf(measure)}. Byt namn på det ena.`,
                    { node: measure, property: 'name', code: DiagnosticCodes.duplicateName }
                );
            }
            seen.add(measure.name);
        }
    };
}
