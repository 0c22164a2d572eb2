/** The model header's statements: the municipality, the year, the data references and the assessment bounds. */
import type { ModelView } from '../../model/model-view.js';
import { numberFits } from '../../model/number-fits.js';
import { resolveDataPath } from '../data-path.js';
import type { DataStatement, ModelHeader } from '../generated/ast.js';
import { locationOf } from './locations.js';

export function readHeader(header: ModelHeader, file: string, view: ModelView): void {
    for (const statement of header.statements) {
        switch (statement.$type) {
            case 'MunicipalityStatement':
                if (statement.code !== undefined) view.municipality ??= statement.code;
                break;
            case 'YearStatement':
                if (Number.isInteger(statement.year)) view.year ??= statement.year;
                break;
            case 'DataStatement':
                readDataReference(statement, file, view);
                break;
            case 'AssessmentStatement':
                for (const bound of statement.bounds.filter(b => typeof b.value === 'number' && numberFits(b.value))) {
                    if (bound.kind === 'uppfyllt') view.bounds.achieved = bound.value / 100;
                    else view.bounds.partly = bound.value / 100;
                }
                break;
        }
    }
}

/** A `data "fil"` line, its path resolved against the file that names it; a half-typed line without a path is left out. */
function readDataReference(statement: DataStatement, file: string, view: ModelView): void {
    if (typeof statement.path !== 'string') return;
    view.dataSources.push({
        path: statement.path,
        resolvedPath: resolveDataPath(file, statement.path),
        kpi: statement.kpi,
        ...(statement.sheet !== undefined ? { sheet: statement.sheet } : {}),
        location: locationOf(statement, file)
    });
}
