/** A goal and its place in the chain: level, inriktning, owner, whom it serves, weight; its measures in measures.ts. */
import type { GoalView } from '../../model/model-view.js';
import { numberFits } from '../../model/number-fits.js';
import type { Goal } from '../generated/ast.js';
import { locationOf, refId } from './locations.js';
import { measureView } from './measures.js';

export function goalView(goal: Goal, file: string): GoalView {
    const view: GoalView = {
        id: goal.name,
        title: goal.title ?? goal.name,
        level: 'fullmäktige',
        levelStated: false,
        contributesTo: [],
        municipalityWide: false,
        programmes: [],
        weight: 1,
        measures: [],
        location: locationOf(goal, file)
    };
    for (const statement of goal.statements) {
        switch (statement.$type) {
            case 'LevelStatement':
                if (statement.level) {
                    view.level = statement.level as GoalView['level'];
                    view.levelStated = true;
                }
                break;
            case 'AreaStatement':
                view.area = refId(statement.area);
                break;
            case 'OwnerStatement':
                view.owner = refId(statement.owner);
                break;
            case 'ContributesStatement':
                view.contributesTo.push(...statement.targets.map(refId).filter((id): id is string => !!id));
                break;
            case 'MunicipalityWideStatement':
                view.municipalityWide = true;
                break;
            case 'ProgrammesStatement':
                view.programmes.push(...statement.programmes.map(refId).filter((id): id is string => !!id));
                break;
            case 'WeightStatement':
                if (typeof statement.value === 'number' && numberFits(statement.value)) view.weight = statement.value;
                break;
            case 'Description':
                view.description ??= statement.text;
                break;
        }
    }
    // A bare `mått` line (half-typed) has no name yet: it is no measure of the model until it has one.
    view.measures = goal.measures.filter(m => typeof m.name === 'string').map(m => measureView(m, goal.name, file));
    return view;
}
