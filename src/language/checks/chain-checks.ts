import type { ValidationAcceptor } from 'langium';
import { DiagnosticCodes } from '../../model/diagnostic-codes.js';
import { nameOf } from '../display-name.js';
import {
    type ContributesStatement,
    type Document,
    type Goal,
    isGoal,
    isVision,
    type Vision
} from '../generated/ast.js';
import { contributionTargets, goalLevel, isMunicipalityWide, modelElementsOf, where } from '../model-elements.js';
import type { ModelMembership } from '../model-membership.js';
import { cyclesThrough } from './cycles.js';
import { reportRepeatedStatements } from './repeated-statements.js';

export class ChainChecks {
    constructor(private readonly membership: ModelMembership) {}

    /** Every goal states its level; level, area, owner, weight and description appear once. */
    checkGoalStatements = (goal: Goal, accept: ValidationAcceptor): void => {
        if (!goalLevel(goal)) {
            accept('error', `Målet ${nameOf(goal)} saknar nivå. Skriv \`nivå fullmäktige\` eller \`nivå nämnd\`.`, {
                node: goal,
                property: 'name',
                code: DiagnosticCodes.missingLevel
            });
        }
        reportRepeatedStatements(
            goal.statements,
            [
                'LevelStatement',
                'AreaStatement',
                'OwnerStatement',
                'MunicipalityWideStatement',
                'WeightStatement',
                'Description'
            ],
            accept
        );
    };

    /** A model has at most one vision: the top of the chain. Every vision after the model's first is reported. */
    checkSingleVision = (vision: Vision, accept: ValidationAcceptor): void => {
        const first = modelElementsOf(vision, this.membership).elements.find(isVision);
        if (first && first !== vision) {
            accept(
                'error',
                `Modellen har redan en vision (${nameOf(first)}, ${where(first)}). En modell har en enda vision: ta bort den här eller gör den till ett fullmäktigemål.`,
                { node: vision, property: 'name', code: DiagnosticCodes.multipleVisions }
            );
        }
    };

    /** A committee goal contributes to a KF goal. */
    checkCommitteeGoalContributes = (goal: Goal, accept: ValidationAcceptor): void => {
        if (goalLevel(goal) !== 'nämnd') return;
        if (!goal.statements.some(s => s.$type === 'ContributesStatement')) {
            accept(
                'error',
                `Nämndmålet ${nameOf(goal)} bidrar inte till något fullmäktigemål. Skriv \`bidrar till\` och fullmäktigemålets namn.`,
                { node: goal, property: 'name', code: DiagnosticCodes.committeeGoalWithoutContribution }
            );
        }
    };

    /** A committee goal has an owning nämnd or förvaltning. */
    checkCommitteeGoalOwner = (goal: Goal, accept: ValidationAcceptor): void => {
        if (goalLevel(goal) === 'nämnd' && !goal.statements.some(s => s.$type === 'OwnerStatement')) {
            accept(
                'error',
                `Nämndmålet ${nameOf(goal)} saknar ansvarig. Skriv \`ansvarig\` och namnet på nämnden eller förvaltningen.`,
                { node: goal, property: 'name', code: DiagnosticCodes.committeeGoalWithoutOwner }
            );
        }
    };

    /** `kommunövergripande` belongs to KF goals. */
    checkMunicipalityWideLevel = (goal: Goal, accept: ValidationAcceptor): void => {
        const statement = goal.statements.find(s => s.$type === 'MunicipalityWideStatement');
        if (statement && goalLevel(goal) === 'nämnd') {
            accept('warning', 'Bara fullmäktigemål kan vara kommunövergripande. Ta bort raden eller ändra nivån.', {
                node: statement,
                code: DiagnosticCodes.misplacedGoalStatement
            });
        }
    };

    /** KF goals contribute to the vision, committee goals to KF goals; never to a kommunövergripande goal. */
    checkContributionLevels = (statement: ContributesStatement, accept: ValidationAcceptor): void => {
        const goal = statement.$container as Goal;
        const level = goalLevel(goal);
        statement.targets.forEach((target, index) => {
            const ref = target.ref;
            if (!ref || !level) return;
            if (level === 'fullmäktige' && !isVision(ref)) {
                accept(
                    'error',
                    `Fullmäktigemålet ${nameOf(goal)} ska bidra till visionen, inte till målet ${target.$refText}.`,
                    { node: statement, property: 'targets', index, code: DiagnosticCodes.wrongContributionLevel }
                );
            } else if (level === 'nämnd' && isVision(ref)) {
                accept(
                    'error',
                    `Nämndmålet ${nameOf(goal)} ska bidra till ett fullmäktigemål, inte direkt till visionen ${target.$refText}.`,
                    { node: statement, property: 'targets', index, code: DiagnosticCodes.wrongContributionLevel }
                );
            } else if (level === 'nämnd' && isGoal(ref) && goalLevel(ref) === 'nämnd') {
                accept(
                    'error',
                    `Nämndmålet ${nameOf(goal)} ska bidra till ett fullmäktigemål, men ${target.$refText} är ett nämndmål.`,
                    { node: statement, property: 'targets', index, code: DiagnosticCodes.wrongContributionLevel }
                );
            } else if (level === 'nämnd' && isGoal(ref) && isMunicipalityWide(ref)) {
                accept(
                    'error',
                    `${target.$refText} är kommunövergripande och följs bara upp på kommunnivå. Låt nämndmålet bidra till ett annat fullmäktigemål.`,
                    { node: statement, property: 'targets', index, code: DiagnosticCodes.refinesMunicipalityWideGoal }
                );
            }
        });
    };

    /**
     * The chain of `bidrar till` has no cycle. Runs once per file over the model's goals, in time linear in the
     * model (cycles.ts), so a chain 20,000 goals deep is not walked again from every goal.
     */
    checkNoCycle = (document: Document, accept: ValidationAcceptor): void => {
        const own = document.elements.filter(isGoal);
        if (own.length === 0) return;
        const goals = modelElementsOf(document, this.membership).goals;
        const cycles = cyclesThrough<Goal>([...own, ...goals], goal => contributionTargets(goal).filter(isGoal));
        for (const goal of own) {
            const cycle = cycles.get(goal);
            if (!cycle) continue;
            const names = [
                ...cycle.head.map(g => g.name),
                ...(cycle.omitted > 0 ? [`… (${cycle.omitted} mål till)`] : []),
                ...cycle.tail.map(g => g.name)
            ];
            accept('error', `Målkedjan går i cirkel: ${names.join(' → ')}. Ett mål kan inte bidra till sig självt.`, {
                node: goal,
                property: 'name',
                code: DiagnosticCodes.contributionCycle
            });
        }
    };

    /**
     * A KF goal that nothing follows up: no measures and no contributing committee goals. Runs once per file,
     * collecting the model's contributions once, so that a large model is not scanned once per goal.
     */
    checkGoalsFollowedUp = (document: Document, accept: ValidationAcceptor): void => {
        const candidates = document.elements
            .filter(isGoal)
            .filter(g => goalLevel(g) === 'fullmäktige' && g.measures.length === 0);
        if (candidates.length === 0) return;
        const followed = new Set(modelElementsOf(document, this.membership).goals.flatMap(contributionTargets));
        for (const goal of candidates) {
            if (!followed.has(goal)) {
                accept(
                    'warning',
                    `Inget följer upp fullmäktigemålet ${nameOf(goal)}: det har inga mått och inga nämndmål som bidrar till det. Lägg till ett mått eller ett nämndmål.`,
                    { node: goal, property: 'name', code: DiagnosticCodes.goalNotFollowedUp }
                );
            }
        }
    };

    /** A committee goal has measures. */
    checkCommitteeGoalMeasures = (goal: Goal, accept: ValidationAcceptor): void => {
        if (goalLevel(goal) === 'nämnd' && goal.measures.length === 0) {
            accept(
                'warning',
                `Nämndmålet ${nameOf(goal)} har inga uppföljningsmått. Lägg till ett \`mått\` med gränsvärden.`,
                { node: goal, property: 'name', code: DiagnosticCodes.committeeGoalWithoutMeasures }
            );
        }
    };
}
