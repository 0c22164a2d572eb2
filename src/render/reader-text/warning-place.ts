import type { SourceLocation } from '../../model/model-view.js';
import type { ReportWarning } from '../render-input.js';

/** Whether the text at `where` holds the line a warning is on: how the appendix finds what a warning is about. */
export function holdsWarning(where: SourceLocation, warning: ReportWarning): boolean {
    return where.file === warning.file && where.line <= warning.line && warning.line <= where.endLine;
}
