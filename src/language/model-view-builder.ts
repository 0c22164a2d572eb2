/**
 * Builds the Langium-free model view (src/model/model-view.ts) from a model's documents. This file only walks the
 * documents and hands each element to the module of its concern (src/language/model-view/): the header and its
 * data references, the organisation around the chain, the goals, their measures and threshold lines, and the
 * follow-ups.
 */
import type { LangiumDocument } from 'langium';
import { DEFAULT_BOUNDS, type ModelView } from '../model/model-view.js';
import { type Document, isFollowUp, isGoal, type ModelHeader } from './generated/ast.js';
import { followUpView } from './model-view/follow-ups.js';
import { goalView } from './model-view/goals.js';
import { readHeader } from './model-view/header.js';
import { fileOf, locationOf } from './model-view/locations.js';
import { addOrganisationElement, namedView } from './model-view/organisation.js';

/** Builds the Langium-free view of one model from its documents (header file first). */
export function buildModelView(modelId: string, documents: LangiumDocument<Document>[]): ModelView {
    const header = documents.flatMap(d => d.parseResult.value.headers).find(h => h.name === modelId);
    const headerDoc = documents.find(d => d.parseResult.value.headers.includes(header as ModelHeader)) ?? documents[0];
    const view: ModelView = {
        id: modelId,
        title: header?.title ?? modelId,
        dataSources: [],
        bounds: { ...DEFAULT_BOUNDS },
        areas: [],
        programmes: [],
        committees: [],
        administrations: [],
        groups: [],
        goals: [],
        followUps: [],
        files: documents.map(fileOf),
        location: header
            ? locationOf(header, fileOf(headerDoc))
            : { file: fileOf(headerDoc), line: 1, column: 1, endLine: 1, endColumn: 1 }
    };
    if (header) readHeader(header, fileOf(headerDoc), view);
    for (const document of documents) {
        const file = fileOf(document);
        for (const element of document.parseResult.value.elements) {
            if (isFollowUp(element)) {
                const followUp = followUpView(element, file);
                if (followUp) view.followUps.push(followUp);
                continue;
            }
            if (!('name' in element) || typeof element.name !== 'string') continue;
            if (isGoal(element)) view.goals.push(goalView(element, file));
            else addOrganisationElement(element, namedView(element, file), view);
        }
    }
    return view;
}
