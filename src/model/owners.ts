/**
 * Who owns a goal (LANGUAGE.md 3: `ansvarig` names a nämnd or a förvaltning, and a förvaltning is under a nämnd):
 * one place for "the goals an organisation owns", used by the owner filter of the reports and the preview and by
 * `report --ansvarig`.
 */
import type { GoalView, ModelView } from './model-view.js';

/** Whether a goal's owner is `owner`, or one of `owner`'s förvaltningar (a förvaltning counts as its nämnd's). */
export function ownedBy(view: ModelView, goal: GoalView, owner: string): boolean {
    if (goal.owner === undefined) {
        return false;
    }
    if (goal.owner === owner) {
        return true;
    }
    return view.administrations.some(a => a.id === goal.owner && a.committee === owner);
}

/**
 * The goals `owner` owns, and the goals above them through `bidrar till` (the chain that gives them their
 * context), each by id.
 */
export function ownerScope(view: ModelView, owner: string): { owned: Set<string>; chain: Set<string> } {
    const byId = new Map(view.goals.map(goal => [goal.id, goal]));
    const owned = new Set(view.goals.filter(goal => ownedBy(view, goal, owner)).map(goal => goal.id));
    const chain = new Set<string>();
    const stack = [...owned];
    while (stack.length > 0) {
        const goal = byId.get(stack.pop()!);
        for (const parent of goal?.contributesTo ?? []) {
            if (byId.has(parent) && !owned.has(parent) && !chain.has(parent)) {
                chain.add(parent);
                stack.push(parent);
            }
        }
    }
    return { owned, chain };
}

/** The organisations of the model, nämnder and förvaltningar, as `Id (titel)`, for messages. */
export function organisationList(view: ModelView): string[] {
    return [...view.committees, ...view.administrations].map(o => `${o.id} (${o.title})`);
}
