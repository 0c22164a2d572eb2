/** A measure: its KPI, unit, direction, gender, weight and the typed series; its threshold lines in thresholds.ts. */
import type { MeasureView, SeriesPoint } from '../../model/model-view.js';
import { numberFits } from '../../model/number-fits.js';
import type { Measure, SeriesBlock } from '../generated/ast.js';
import { locationOf } from './locations.js';
import { thresholdLine } from './thresholds.js';

/** Which field of the view each kind of series block fills. */
const SERIES_FIELD = { utfall: 'actual', riket: 'national', medel: 'mean', målvärde: 'target' } as const;

export function measureView(measure: Measure, goal: string, file: string): MeasureView {
    const view: MeasureView = {
        id: measure.name,
        title: measure.title ?? measure.name,
        goal,
        gender: 'T',
        weight: 1,
        thresholds: [],
        location: locationOf(measure, file)
    };
    for (const statement of measure.statements) {
        switch (statement.$type) {
            case 'KpiStatement':
                view.kpi ??= statement.kpi;
                break;
            case 'UnitStatement':
                view.unit ??= statement.unit;
                break;
            case 'DirectionStatement':
                view.direction ??= statement.direction === 'högre' ? 'higher' : 'lower';
                break;
            case 'GenderStatement':
                view.gender = statement.gender === 'kvinnor' ? 'K' : statement.gender === 'män' ? 'M' : 'T';
                break;
            case 'WeightStatement':
                if (typeof statement.value === 'number' && numberFits(statement.value)) view.weight = statement.value;
                break;
            case 'SeriesBlock': {
                const key = SERIES_FIELD[statement.kind];
                view[key] = [...(view[key] ?? []), ...seriesPoints(statement, file)];
                break;
            }
            case 'ThresholdStatement': {
                const line = thresholdLine(statement, file);
                if (line) view.thresholds.push(line);
                break;
            }
        }
    }
    return view;
}

/** The block's `ÅR VÄRDE` lines that hold a year and a number the engine can count with. */
function seriesPoints(block: SeriesBlock, file: string): SeriesPoint[] {
    return block.points
        .filter(p => typeof p.year === 'number' && typeof p.value === 'number' && numberFits(p.value))
        .map(p => ({ year: p.year, value: p.value, location: locationOf(p, file) }));
}
