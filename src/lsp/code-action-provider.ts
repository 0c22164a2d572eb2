import { type AstNode, AstUtils, CstUtils, GrammarUtils, type LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import {
    type CodeAction,
    CodeActionKind,
    type CodeActionParams,
    type Diagnostic,
    type TextEdit
} from 'vscode-languageserver';
import { sameStepOtherKind, statusWord } from '../fulfilment/status.js';
import {
    type AssessmentBound,
    type Comparison,
    type Document,
    type Forecast,
    type Goal,
    isAssessmentBound,
    isComparison,
    isForecast,
    isGoal,
    isJudgement,
    isMeasure,
    type Judgement,
    type Measure
} from '../language/generated/ast.js';
import { goalLevel, isMunicipalityWide, modelElementsOf } from '../language/model-elements.js';
import type { ModelMembership } from '../language/model-membership.js';
import { judgedStatus } from '../language/model-view/follow-ups.js';
import { fractionAsPercent } from '../language/swedish-number.js';
import { DiagnosticCodes } from '../model/diagnostic-codes.js';
import { formatModelNumber } from '../model/model-number.js';
import type { StyrmodellServices } from './lsp-services.js';

const INDENT = '    ';
const MAX_CHOICES = 12;

/** Quick fixes for the checks a planner meets most; each edit is small and visible, never a silent rewrite. */
/** Titles are plain text (VS Code shows no Markdown there), so code is set off with Swedish quotes ”…”, not backticks. */
export class StyrmodellCodeActionProvider implements CodeActionProvider {
    private readonly membership: ModelMembership;

    constructor(services: StyrmodellServices) {
        this.membership = services.references.ModelMembership;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
        return params.context.diagnostics.flatMap(diagnostic =>
            this.fixesFor(document as LangiumDocument<Document>, diagnostic)
        );
    }

    private fixesFor(document: LangiumDocument<Document>, diagnostic: Diagnostic): CodeAction[] {
        // A syntax error may sit where no node was built; its fix needs only the text.
        if (diagnostic.code === DiagnosticCodes.syntaxError) return this.replaceBySuggestion(document, diagnostic);
        const node = this.nodeAt(document, diagnostic);
        if (!node) return [];
        switch (diagnostic.code) {
            case DiagnosticCodes.committeeGoalWithoutContribution:
                return this.addContribution(document, diagnostic, node);
            case DiagnosticCodes.committeeGoalWithoutOwner:
                return this.addOwner(document, diagnostic, node);
            case DiagnosticCodes.halfStricterThanFull:
                return this.swapThresholds(document, diagnostic, node);
            case DiagnosticCodes.percentageAsFraction:
                return this.fractionToPercent(document, diagnostic, node);
            case DiagnosticCodes.missingDirection:
                return this.addDirection(document, diagnostic, node);
            case DiagnosticCodes.unresolvedReference:
                return this.createMissing(document, diagnostic);
            case DiagnosticCodes.wrongStatusKind:
                return this.otherKindsWord(document, diagnostic, node);
            default:
                return [];
        }
    }

    private nodeAt(document: LangiumDocument, diagnostic: Diagnostic): AstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        const offset = document.textDocument.offsetAt(diagnostic.range.start);
        return root ? CstUtils.findLeafNodeAtOffset(root, offset)?.astNode : undefined;
    }

    /** `bidrar till` one of the KF goals a committee goal may serve. */
    private addContribution(document: LangiumDocument, diagnostic: Diagnostic, node: AstNode): CodeAction[] {
        const goal = AstUtils.getContainerOfType(node, isGoal);
        if (!goal) return [];
        const targets = modelElementsOf(goal, this.membership).goals.filter(
            g => goalLevel(g) === 'fullmäktige' && !isMunicipalityWide(g)
        );
        return targets
            .slice(0, MAX_CHOICES)
            .map(target =>
                this.action(`Lägg till ”bidrar till ${target.name}”`, document, diagnostic, [
                    this.insertStatement(goal, `bidrar till ${target.name}`)
                ])
            );
    }

    /** `ansvarig` one of the model's nämnder and förvaltningar. */
    private addOwner(document: LangiumDocument, diagnostic: Diagnostic, node: AstNode): CodeAction[] {
        const goal = AstUtils.getContainerOfType(node, isGoal);
        if (!goal) return [];
        const owners = modelElementsOf(goal, this.membership).elements.filter(
            e => e.$type === 'Committee' || e.$type === 'Administration'
        ) as Array<{ name: string }>;
        return owners
            .slice(0, MAX_CHOICES)
            .map(owner =>
                this.action(`Lägg till ”ansvarig ${owner.name}”`, document, diagnostic, [
                    this.insertStatement(goal, `ansvarig ${owner.name}`)
                ])
            );
    }

    /** Swaps the numbers of the matching `hel` and `halv` comparisons. */
    private swapThresholds(document: LangiumDocument, diagnostic: Diagnostic, node: AstNode): CodeAction[] {
        const half = AstUtils.getContainerOfType(node, isComparison);
        const measure = half && AstUtils.getContainerOfType(half, isMeasure);
        if (!half || !measure) return [];
        const full = measure.statements
            .flatMap(s => (s.$type === 'ThresholdStatement' && s.level === 'hel' ? s.condition.parts : []))
            .find(p => p.base.$type === half.base.$type && p.operator[0] === half.operator[0]);
        const fullValue = full && valueNode(full);
        const halfValue = valueNode(half);
        if (!fullValue || !halfValue) return [];
        return [
            this.action(
                'Byt plats på värdena i ”hel” och ”halv”',
                document,
                diagnostic,
                [
                    { range: fullValue.range, newText: halfValue.text },
                    { range: halfValue.range, newText: fullValue.text }
                ],
                true
            )
        ];
    }

    /** `0,9` becomes `90` in a threshold of a percentage measure or a `bedömning` bound. */
    private fractionToPercent(document: LangiumDocument, diagnostic: Diagnostic, node: AstNode): CodeAction[] {
        const holder = AstUtils.getContainerOfType(
            node,
            (n): n is Comparison | AssessmentBound => isComparison(n) || isAssessmentBound(n)
        );
        const value = holder && valueNode(holder);
        if (!holder || !value) return [];
        const replacement = formatModelNumber(fractionAsPercent(holder.value));
        return [
            this.action(
                `Skriv ${replacement} i stället för ${value.text}`,
                document,
                diagnostic,
                [{ range: value.range, newText: replacement }],
                true
            )
        ];
    }

    /** `högre är bättre` or `lägre är bättre` under the measure's first line. */
    private addDirection(document: LangiumDocument, diagnostic: Diagnostic, node: AstNode): CodeAction[] {
        const measure = AstUtils.getContainerOfType(node, isMeasure);
        if (!measure) return [];
        return ['högre', 'lägre'].map((word, index) =>
            this.action(
                `Lägg till ”${word} är bättre”`,
                document,
                diagnostic,
                [this.insertStatement(measure, `${word} är bättre`)],
                index === 0
            )
        );
    }

    /** A goal's status word on a measure (or the reverse) becomes the other kind's word of the same step. */
    private otherKindsWord(document: LangiumDocument, diagnostic: Diagnostic, node: AstNode): CodeAction[] {
        const statement = AstUtils.getContainerOfType(
            node,
            (n): n is Judgement | Forecast => isJudgement(n) || isForecast(n)
        );
        const cst = statement?.$cstNode;
        const keyword =
            cst && GrammarUtils.findNodeForKeyword(cst, statement.$type === 'Judgement' ? 'bedömning' : 'prognos');
        const motivation = cst && GrammarUtils.findNodeForProperty(cst, 'motivation');
        const status = statement && judgedStatus(statement);
        // The same step in the other kind's words: a goal's `uppfyllt` is a measure's `hel`.
        const replacement = status && statusWord(sameStepOtherKind(status));
        if (!keyword || !motivation || !replacement) return [];
        const range = { start: keyword.range.end, end: motivation.range.start };
        return [
            this.action(
                `Skriv \`${replacement}\``,
                document,
                diagnostic,
                [{ range, newText: ` ${replacement} ` }],
                true
            )
        ];
    }

    /** Creates the missing nämnd, inriktning, program, jämförelsegrupp or goal at the end of the file. */
    private createMissing(document: LangiumDocument<Document>, diagnostic: Diagnostic): CodeAction[] {
        const data = diagnostic.data as
            | { property?: string; refText?: string; containerType?: string; suggestion?: string }
            | undefined;
        const name = data?.refText;
        // "Menade du X?": the message's suggestion, first and preferred.
        const spelling = data?.suggestion
            ? [
                  this.action(
                      `Ändra till ”${data.suggestion}”`,
                      document,
                      diagnostic,
                      [{ range: diagnostic.range, newText: data.suggestion }],
                      true
                  )
              ]
            : [];
        if (!name || !/^[\p{L}_][\p{L}\p{N}_]*$/u.test(name)) return spelling;
        const templates: Record<string, string[]> = {
            owner: [
                `nämnd ${name} "${name}"`,
                `förvaltning ${name} "${name}" under ${this.firstCommittee(document) ?? 'Nämnd'}`
            ],
            committee: [`nämnd ${name} "${name}"`],
            area: [`inriktning ${name} "${name}"`],
            programmes: [`program ${name} "${name}"`],
            group: [`jämförelsegrupp ${name} "${name}" {\n${INDENT}kommuner\n}`],
            targets: [`mål ${name} "${name}" {\n${INDENT}nivå fullmäktige\n}`, `vision ${name} "${name}"`]
        };
        const choices = templates[data?.property ?? ''] ?? [];
        const text = document.textDocument.getText();
        const end = document.textDocument.positionAt(text.length);
        const separator = text.endsWith('\n') ? '\n' : '\n\n';
        return [
            ...spelling,
            ...choices.map(template =>
                this.action(`Skapa ”${template.split('\n')[0].replace(/ \{$/, '')}”`, document, diagnostic, [
                    { range: { start: end, end }, newText: `${separator}${template}\n` }
                ])
            )
        ];
    }

    /** A syntax error's "Menade du X?": `=>` becomes `>=` (both characters), a misspelt keyword the keyword. */
    private replaceBySuggestion(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
        const suggestion = /Menade du (\S+)\?$/.exec(message)?.[1];
        if (!suggestion) return [];
        let range = diagnostic.range;
        const start = document.textDocument.offsetAt(range.start);
        if ((suggestion === '>=' || suggestion === '<=') && document.textDocument.getText().charAt(start - 1) === '=') {
            range = {
                start: document.textDocument.positionAt(start - 1),
                end: document.textDocument.positionAt(start + 1)
            };
        }
        return [
            this.action(`Ändra till ”${suggestion}”`, document, diagnostic, [{ range, newText: suggestion }], true)
        ];
    }

    private firstCommittee(document: LangiumDocument<Document>): string | undefined {
        const committee = modelElementsOf(document.parseResult.value, this.membership).elements.find(
            e => e.$type === 'Committee'
        ) as { name: string } | undefined;
        return committee?.name;
    }

    /** A new statement line right after the element's opening line. */
    private insertStatement(element: Goal | Measure, statement: string): TextEdit {
        const open = element.$cstNode ? GrammarUtils.findNodeForKeyword(element.$cstNode, '{') : undefined;
        const line = open ? open.range.end.line : (element.$cstNode?.range.start.line ?? 0);
        const indent = INDENT.repeat(element.$type === 'Measure' ? 2 : 1);
        const position = { line: line + 1, character: 0 };
        return { range: { start: position, end: position }, newText: `${indent}${statement}\n` };
    }

    private action(
        title: string,
        document: LangiumDocument,
        diagnostic: Diagnostic,
        edits: TextEdit[],
        preferred = false
    ): CodeAction {
        return {
            title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: preferred,
            edit: { changes: { [document.uri.toString()]: edits } }
        };
    }
}

function valueNode(
    holder: Comparison | AssessmentBound
): { range: import('vscode-languageserver').Range; text: string } | undefined {
    const node = holder.$cstNode ? GrammarUtils.findNodeForProperty(holder.$cstNode, 'value') : undefined;
    return node ? { range: node.range, text: node.text } : undefined;
}
