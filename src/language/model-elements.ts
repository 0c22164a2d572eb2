import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import { isGoal, isMeasure, type Document, type Goal, type Measure, type ModelHeader, type TopElement } from './generated/ast.js';
import type { ModelMembership } from './model-membership.js';

/** The elements of one model across its files, for checks that look beyond one file. */
export interface ModelElements {
    id?: string;
    documents: LangiumDocument<Document>[];
    headers: ModelHeader[];
    elements: TopElement[];
    goals: Goal[];
}

export function modelElementsOf(node: AstNode, membership: ModelMembership): ModelElements {
    const document = AstUtils.getDocument(node) as LangiumDocument<Document>;
    const id = membership.modelIdOf(document);
    const documents = id === undefined ? [document] : membership.documentsOf(id);
    const roots = documents.map(d => d.parseResult.value);
    const elements = roots.flatMap(r => r.elements ?? []);
    return {
        id,
        documents,
        headers: roots.flatMap(r => r.headers ?? []),
        elements,
        goals: elements.filter(isGoal)
    };
}

/** Goals that name `goal` in their `bidrar till`. */
export function contributorsOf(goal: Goal, model: ModelElements): Goal[] {
    return model.goals.filter(g => contributionTargets(g).includes(goal));
}

export function contributionTargets(goal: Goal): AstNode[] {
    return goal.statements.flatMap(s => s.$type === 'ContributesStatement' ? s.targets.map(t => t.ref).filter((t): t is NonNullable<typeof t> => t !== undefined) : []);
}

export function goalLevel(goal: Goal): 'fullmäktige' | 'nämnd' | undefined {
    for (const s of goal.statements) if (s.$type === 'LevelStatement') return s.level as 'fullmäktige' | 'nämnd';
    return undefined;
}

export function isMunicipalityWide(goal: Goal): boolean {
    return goal.statements.some(s => s.$type === 'MunicipalityWideStatement');
}

export function containingGoal(measure: Measure): Goal {
    return measure.$container;
}

export function measureOf(node: AstNode): Measure | undefined {
    return AstUtils.getContainerOfType(node, isMeasure);
}

/** "fil.styr:12", for messages that point at another place. */
export function where(node: AstNode): string {
    const doc = AstUtils.getDocument(node);
    const file = doc.uri.path.split('/').pop() ?? doc.uri.toString();
    return `${file}:${(node.$cstNode?.range.start.line ?? 0) + 1}`;
}
