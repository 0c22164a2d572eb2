import { type AstNode, AstUtils, type LangiumDocument } from 'langium';
import { type Document, type Goal, isGoal, type ModelHeader, type TopElement } from './generated/ast.js';
import type { ModelMembership } from './model-membership.js';

/** The elements of one model across its files, for checks that look beyond one file. */
export interface ModelElements {
    id?: string;
    documents: LangiumDocument<Document>[];
    headers: ModelHeader[];
    elements: TopElement[];
    goals: Goal[];
    /** Goals by what they contribute to (`bidrar till`). */
    contributors: Map<AstNode, Goal[]>;
}

export function modelElementsOf(node: AstNode, membership: ModelMembership): ModelElements {
    const document = AstUtils.getDocument(node) as LangiumDocument<Document>;
    const key = membership.modelKeyOf(document);
    const build = (documents: LangiumDocument<Document>[]): ModelElements => {
        const roots = documents.map(d => d.parseResult.value);
        const elements = roots.flatMap(r => r.elements ?? []);
        const goals = elements.filter(isGoal);
        const contributors = new Map<AstNode, Goal[]>();
        for (const goal of goals) {
            for (const target of contributionTargets(goal))
                contributors.set(target, [...(contributors.get(target) ?? []), goal]);
        }
        return {
            id: membership.modelIdOf(document),
            documents,
            headers: roots.flatMap(r => r.headers ?? []),
            elements,
            goals,
            contributors
        };
    };
    return key === undefined
        ? build([document])
        : membership.memo(key, 'elements', () => build(membership.documentsOf(key)));
}

/** Goals that name `goal` in their `bidrar till`. */
export function contributorsOf(goal: Goal, model: ModelElements): Goal[] {
    return model.contributors.get(goal) ?? [];
}

export function contributionTargets(goal: Goal): AstNode[] {
    return goal.statements.flatMap(s =>
        s.$type === 'ContributesStatement'
            ? s.targets.map(t => t.ref).filter((t): t is NonNullable<typeof t> => t !== undefined)
            : []
    );
}

export function goalLevel(goal: Goal): 'fullmäktige' | 'nämnd' | undefined {
    for (const s of goal.statements) if (s.$type === 'LevelStatement') return s.level as 'fullmäktige' | 'nämnd';
    return undefined;
}

export function isMunicipalityWide(goal: Goal): boolean {
    return goal.statements.some(s => s.$type === 'MunicipalityWideStatement');
}

/** "fil.styr:12", for messages that point at another place. */
export function where(node: AstNode): string {
    const doc = AstUtils.getDocument(node);
    const file = doc.uri.path.split('/').pop() ?? doc.uri.toString();
    return `${file}:${(node.$cstNode?.range.start.line ?? 0) + 1}`;
}
