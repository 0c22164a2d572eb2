/**
 * The breadcrumb trail of a goal or measure page, following the chain (READERS.md 6): start page, then the
 * KF goal and the goals below it down to the page's own. A goal under two KF goals takes the first place
 * it appears in the tree.
 */
import type { MeasureView } from '../../model/model-view.js';
import type { GoalNode } from '../report-model.js';
import type { SiteContext } from './site-context.js';
import { SITE_FILES } from './site-paths.js';

export interface TrailStep {
    title: string;
    href?: string;
}

/** The goals from the top of the tree down to `goalId`, or just that goal when the tree does not hold it. */
function chainTo(ctx: SiteContext, goalId: string): GoalNode[] {
    const search = (node: GoalNode, path: GoalNode[]): GoalNode[] | undefined => {
        const here = [...path, node];
        if (node.view.id === goalId) return here;
        for (const child of node.children) {
            const found = search(child, here);
            if (found) return found;
        }
        return undefined;
    };
    const roots = [...ctx.tree.areas.flatMap(area => area.goals), ...ctx.tree.unattached];
    for (const root of roots) {
        const found = search(root, []);
        if (found) return found;
    }
    // Stryker disable next-line ArrayDeclaration: goalTrail drops the chain's last step, so one unknown step is dropped too
    return [];
}

export function goalTrail(ctx: SiteContext, goalId: string, title: string): TrailStep[] {
    const chain = chainTo(ctx, goalId).slice(0, -1);
    return [
        { title: 'Startsida', href: SITE_FILES.start },
        ...chain.map(node => ({ title: node.view.title, href: ctx.paths.goal(node.view) })),
        { title }
    ];
}

export function measureTrail(ctx: SiteContext, measure: MeasureView, goalTitle: string): TrailStep[] {
    const steps = goalTrail(ctx, measure.goal, goalTitle);
    steps[steps.length - 1] = { title: goalTitle, href: ctx.paths.goal({ id: measure.goal }) };
    return [...steps, { title: measure.title }];
}
