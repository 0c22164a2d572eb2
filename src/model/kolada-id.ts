/**
 * Whether a measure's `nyckeltal` is a Kolada KPI id, a letter and five digits (`U21468`, `N00901`), rather than a
 * series of its own (`"telefon-direktsvar"`).
 */
export function isKoladaId(kpi: string): boolean {
    return /^[A-Z]\d{5}$/.test(kpi);
}
