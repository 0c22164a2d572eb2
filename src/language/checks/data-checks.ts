import { basename } from 'node:path';
import type { ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import { dataProblemText } from '../../data/index.js';
import { comparesWithItselfOnly, type MeasureResult } from '../../fulfilment/index.js';
import { DiagnosticCodes } from '../../model/diagnostic-codes.js';
import { isKoladaId } from '../../model/kolada-id.js';
import { measureKey } from '../../model/measure-key.js';
import type { ModelAnalysis, ModelAnalysisResult } from '../analysis/model-analysis.js';
import { nameOf } from '../display-name.js';
import { type DataStatement, type Document, isGoal, type Measure } from '../generated/ast.js';
import { fileOf } from '../model-view/locations.js';
import { reportBasesNeverComputable, reportLowerOnNegativeValues } from './data-sense-checks.js';

export class DataChecks {
    constructor(private readonly analysis: ModelAnalysis) {}

    /** Every data check of the model, reported on this document's lines. */
    checkData = (document: Document, accept: ValidationAcceptor): void => {
        if (!this.analysis.readsData) return;
        const langiumDocument = AstUtils.getDocument(document);
        const analysis = this.analysis.analyseDocument(langiumDocument);
        if (!analysis) return;
        const file = fileOf(langiumDocument);
        const dataStatements = document.headers.flatMap(h =>
            h.statements.filter((s): s is DataStatement => s.$type === 'DataStatement')
        );
        this.reportFileProblems(analysis, file, dataStatements, accept);
        this.reportMunicipalities(analysis, document, accept);
        this.reportKoladaGroups(analysis, document, accept);
        const results = new Map(analysis.result?.measures.map(m => [measureKey(m), m]));
        const views = new Map(analysis.view.goals.flatMap(g => g.measures).map(m => [measureKey(m.goal, m.id), m]));
        for (const goal of document.elements.filter(isGoal)) {
            // A half-typed goal or measure (`mål "g" {`, a bare `mått`) has no name yet, so no identity to look up.
            if (typeof goal.name !== 'string') continue;
            for (const measure of goal.measures) {
                if (typeof measure.name !== 'string') continue;
                const key = measureKey(goal.name, measure.name);
                const result = results.get(key);
                if (result) this.reportMeasure(result, measure, analysis, accept);
                const view = views.get(key);
                if (view) {
                    reportBasesNeverComputable(measure, view, analysis.data.lookup, accept);
                    reportLowerOnNegativeValues(measure, view, analysis.data.lookup, accept);
                }
            }
        }
    };

    /** A missing or unreadable data file, or a row that cannot be read, is reported on its `data` line with the file's own line. */
    private reportFileProblems(
        analysis: ModelAnalysisResult,
        file: string,
        statements: DataStatement[],
        accept: ValidationAcceptor
    ): void {
        if (statements.length === 0) return;
        const sources = analysis.view.dataSources.filter(s => s.location.file === file);
        for (const problem of analysis.data.problems) {
            const index = sources.findIndex(
                s =>
                    s.resolvedPath === problem.file &&
                    (problem.sheet === undefined || s.sheet === undefined || s.sheet === problem.sheet)
            );
            const statement = statements[index] ?? statements[0];
            accept(problem.severity, dataProblemText(problem, basename(problem.file)), {
                node: statement,
                property: 'path',
                code: problem.code
            });
        }
    }

    /** A measure with no value for the year; rank or mean over data for only one municipality. */
    private reportMeasure(
        result: MeasureResult,
        measure: Measure,
        analysis: ModelAnalysisResult,
        accept: ValidationAcceptor
    ): void {
        const hasActual = measure.statements.some(s => s.$type === 'SeriesBlock' && s.kind === 'utfall');
        const kpiStatement = measure.statements.find(s => s.$type === 'KpiStatement');
        const kpi = kpiStatement?.kpi;
        const lookup = analysis.data.lookup;
        if (kpiStatement && kpi && isKoladaId(kpi) && lookup.hasKpiMetadata() && lookup.kpiTitle(kpi) === undefined) {
            accept(
                'warning',
                `Nyckeltalet ${kpi} finns inte i modellens Kolada-metadata. Kontrollera id:t (sök på titeln med kodkomplettering efter \`nyckeltal\`), eller hämta metadata igen med \`styrmodell fetch --metadata\` om det är nytt.`,
                { node: kpiStatement, property: 'kpi', code: DiagnosticCodes.unknownKoladaKpi }
            );
        }
        // Without a valid municipality every data value is missing; the header's own error says why, and a
        // warning per measure would only bury it.
        const municipalityKnown = analysis.view.municipality !== undefined;
        if (result.value === null && (hasActual || (kpi && municipalityKnown))) {
            const message = hasActual
                ? `Måttet ${nameOf(measure)} har inget värde för ${analysis.year} i \`utfall\`. Skriv in värdet (\`${analysis.year} 87,5\`); till dess visas måttet som saknas.`
                : `Måttet ${nameOf(measure)} har inget värde för ${analysis.year} i datafilerna (nyckeltal ${kpi}, kommun ${analysis.view.municipality}). ${isKoladaId(kpi ?? '') ? 'Kontrollera datafilen eller hämta data med `styrmodell fetch`' : 'Lägg till värdet i datafilen eller i ett `utfall`-block'}; till dess visas måttet som saknas.`;
            accept('warning', message, { node: measure, property: 'name', code: DiagnosticCodes.noValueForYear });
        }
        for (const base of result.bases) {
            if (comparesWithItselfOnly(base)) {
                accept(
                    'warning',
                    `\`${base.text}\` jämför med bara en kommun: datan för ${analysis.year} har värden för en enda kommun. Lägg till en datafil med alla kommuner (styrmodell fetch) för att rang och medel ska betyda något.`,
                    { node: measure, property: 'name', code: DiagnosticCodes.singleMunicipalityData }
                );
            }
        }
    }

    /** A `kolada G…` group that no loaded groups metadata file defines. */
    private reportKoladaGroups(analysis: ModelAnalysisResult, document: Document, accept: ValidationAcceptor): void {
        for (const element of document.elements) {
            if (element.$type !== 'PeerGroup') continue;
            for (const statement of element.statements) {
                if (statement.$type !== 'KoladaGroupStatement') continue;
                statement.groups.forEach((group, index) => {
                    if (analysis.data.lookup.groupMembers(group) === undefined) {
                        accept(
                            'warning',
                            `Kolada-gruppen ${group} finns inte i någon datafil, så gruppen ${nameOf(element)} saknar dess medlemmar. Lägg till Koladas kommungrupper (/v3/municipality_groups) som \`data\`, eller skriv medlemmarna med \`kommuner\`.`,
                            { node: statement, property: 'groups', index, code: DiagnosticCodes.unknownKoladaGroup }
                        );
                    }
                });
            }
        }
    }

    /** A municipality code (the model's own, or a peer group member) that the data and metadata do not know. */
    private reportMunicipalities(analysis: ModelAnalysisResult, document: Document, accept: ValidationAcceptor): void {
        // Collected from the files' code columns: filling the per-year municipality maps for every KPI and
        // year cost a 290-model workspace a gigabyte.
        const known = analysis.data.lookup.knownMunicipalities();
        if (known.size === 0) return;
        const isKnown = (code: string) => known.has(code) || analysis.data.lookup.municipalityName(code) !== undefined;
        for (const header of document.headers) {
            for (const statement of header.statements) {
                if (
                    statement.$type === 'MunicipalityStatement' &&
                    /^\d{4}$/.test(statement.code) &&
                    !isKnown(statement.code)
                ) {
                    accept(
                        'warning',
                        `Kommunkoden "${statement.code}" finns inte i modellens datafiler. Kontrollera koden (Kumla är "1881").`,
                        { node: statement, property: 'code', code: DiagnosticCodes.unknownMunicipality }
                    );
                }
            }
        }
        for (const element of document.elements) {
            if (element.$type !== 'PeerGroup') continue;
            for (const statement of element.statements) {
                if (statement.$type !== 'MembersStatement') continue;
                statement.codes.forEach((code, index) => {
                    if (!isKnown(code)) {
                        accept(
                            'warning',
                            `Kommunkoden "${code}" i gruppen ${nameOf(element)} finns inte i modellens datafiler. Kontrollera koden.`,
                            { node: statement, property: 'codes', index, code: DiagnosticCodes.unknownMunicipality }
                        );
                    }
                });
            }
        }
    }
}
