import { type AstNode, type CstNode, CstUtils, isLeafCstNode, type LeafCstNode } from 'langium';
import type { Document } from '../generated/ast.js';

/**
 * The formatter's style (LANGUAGE.md section 2): one statement a line, 4-space indents, `hel  när` aligned
 * with `halv när`, `bedömning` bounds aligned, one blank line around top-level blocks, other blank lines kept
 * (at most one), every comment kept where it stood. It only changes whitespace between tokens, so it cannot
 * change meaning; numbers and strings are written exactly as the planner typed them.
 */

/** Node types whose first token starts a new line. */
const LINE_STARTS = new Set([
    'ModelHeader',
    'PartOf',
    'Vision',
    'StrategicArea',
    'Programme',
    'Committee',
    'Administration',
    'PeerGroup',
    'Goal',
    'MunicipalityStatement',
    'YearStatement',
    'DataStatement',
    'AssessmentStatement',
    'AssessmentBound',
    'Description',
    'MembersStatement',
    'KoladaGroupStatement',
    'LevelStatement',
    'AreaStatement',
    'OwnerStatement',
    'ContributesStatement',
    'MunicipalityWideStatement',
    'ProgrammesStatement',
    'WeightStatement',
    'Measure',
    'KpiStatement',
    'UnitStatement',
    'DirectionStatement',
    'GenderStatement',
    'SeriesBlock',
    'ThresholdStatement',
    'SeriesPoint',
    'FollowUp',
    'GoalFollowUp',
    'MeasureFollowUp',
    'Judgement',
    'Forecast',
    'AnalysisText',
    'ActionText'
]);

const INDENT = '    ';
const BOUND_WIDTH = 'uppfyllt'.length;

function isComment(leaf: LeafCstNode): boolean {
    return leaf.hidden;
}

/** The outermost AST node that starts exactly at this leaf. */
function nodesStartingAt(leaf: LeafCstNode): AstNode[] {
    const nodes: AstNode[] = [];
    let node: AstNode | undefined = leaf.astNode;
    while (node && node.$cstNode && node.$cstNode.offset === leaf.offset) {
        nodes.push(node);
        node = node.$container;
    }
    return nodes;
}

function startsLine(leaf: LeafCstNode): boolean {
    return leaf.text === '}' || nodesStartingAt(leaf).some(n => LINE_STARTS.has(n.$type));
}

function topElementStartingAt(leaf: LeafCstNode): AstNode | undefined {
    return nodesStartingAt(leaf).find(n => n.$container?.$type === 'Document');
}

function hasBlock(node: AstNode): boolean {
    return node.$cstNode?.text.includes('{') ?? false;
}

function newlinesBetween(text: string, from: number, to: number): number {
    let count = 0;
    for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) count++;
    return count;
}

/** Formats a parsed document; returns undefined when it has syntax errors (formatting could then lose text). */
export function prettyPrint(root: Document, text: string): string | undefined {
    if (hasSyntaxErrors(root)) return undefined;
    const cst = root.$cstNode;
    if (!cst) return text.trim() === '' ? '' : undefined;
    const leaves = CstUtils.streamCst(cst)
        .filter((n: CstNode): n is LeafCstNode => isLeafCstNode(n))
        .toArray()
        .sort((a, b) => a.offset - b.offset);
    // Only whitespace may lie between the tokens: anything else was skipped by the lexer or the parser.
    if (!onlyWhitespaceBetween(leaves, text)) return undefined;
    if (leaves.length === 0) return '';
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const forceBlank = blankLinesAroundBlocks(leaves, text);
    let out = '';
    let depth = 0;
    let previous: LeafCstNode | undefined;
    for (let index = 0; index < leaves.length; index++) {
        const leaf = leaves[index];
        const gapStart = previous ? previous.end : 0;
        const originalNewlines = newlinesBetween(text, gapStart, leaf.offset);
        if (leaf.text === '}') depth = Math.max(0, depth - 1);
        if (!previous) {
            // first token of the file
        } else if (isComment(leaf) && originalNewlines === 0) {
            out += text.substring(previous.end, leaf.offset) || ' ';
        } else if (isComment(leaf) || startsLine(leaf) || (isComment(previous) && !previous.text.startsWith('/*'))) {
            const afterOpen = previous.text === '{' && !isComment(previous);
            const blank = !afterOpen && leaf.text !== '}' && (forceBlank.has(index) || originalNewlines > 1);
            out += eol + (blank ? eol : '') + INDENT.repeat(depth);
        } else if (isComment(previous) && originalNewlines > 0) {
            out += eol + INDENT.repeat(depth);
        } else {
            out += gapBetween(previous, leaf);
        }
        out += leaf.text;
        if (leaf.text === '{' && !isComment(leaf)) depth++;
        previous = leaf;
    }
    return out + eol;
}

function hasSyntaxErrors(root: Document): boolean {
    const result = root.$document?.parseResult;
    return result !== undefined && (result.lexerErrors.length > 0 || result.parserErrors.length > 0);
}

function onlyWhitespaceBetween(leaves: LeafCstNode[], text: string): boolean {
    let from = 0;
    for (const leaf of leaves) {
        if (
            leaf.offset < from ||
            text.substring(from, leaf.offset).trim() !== '' ||
            text.substring(leaf.offset, leaf.end) !== leaf.text
        )
            return false;
        from = leaf.end;
    }
    return text.substring(from).trim() === '';
}

/**
 * Two spaces after `hel` align it with `halv när`; bound names are padded to `uppfyllt`; a follow-up's
 * `MålId.MåttId` is written without spaces around the dot.
 */
function gapBetween(previous: LeafCstNode, leaf: LeafCstNode): string {
    const owner = previous.astNode;
    if (owner.$type === 'MeasureFollowUp' && (previous.text === '.' || leaf.text === '.')) return '';
    if (previous.text === 'hel' && owner.$type === 'ThresholdStatement') return '  ';
    if (owner.$type === 'AssessmentBound' && (previous.text === 'uppfyllt' || previous.text === 'delvis')) {
        return ' '.repeat(BOUND_WIDTH - previous.text.length + 1);
    }
    return ' ';
}

/**
 * Leaf indexes that get a blank line before them: a top-level element with a block, and whatever follows one.
 * Own-line comments directly above an element move the blank line above the comments.
 */
function blankLinesAroundBlocks(leaves: LeafCstNode[], text: string): Set<number> {
    const result = new Set<number>();
    let previousHadBlock = false;
    for (let index = 0; index < leaves.length; index++) {
        const element = isComment(leaves[index]) ? undefined : topElementStartingAt(leaves[index]);
        if (!element) continue;
        const block = hasBlock(element);
        if (block || previousHadBlock) {
            let first = index;
            while (
                first > 0 &&
                isComment(leaves[first - 1]) &&
                (first === 1 || newlinesBetween(text, leaves[first - 2].end, leaves[first - 1].offset) > 0)
            ) {
                first--;
            }
            if (first > 0) result.add(first);
        }
        previousHadBlock = block;
    }
    return result;
}
