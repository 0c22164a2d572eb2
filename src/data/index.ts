/** The data layer's public surface: readers, the cache and the combined lookup. No Langium, LSP or vscode. */
export type { DataLookup, DataOrigin, DataProblem, DataValue } from './data-api.js';
export { DataFileCache } from './data-file-cache.js';
export {
    combineDataFiles,
    type DataSourceFile,
    loadModelData,
    loadModelDataAsync,
    type ModelData
} from './data-lookup.js';
export { type DecodedText, decodeText, type TextEncodingName } from './decode-text.js';
export { isMunicipalityCode, normalizeMunicipalityCode } from './municipality-code.js';
export type { DataFileFormat, KpiDetails, ParsedDataFile } from './parsed-data-file.js';
export { dataProblemText, placeInFile } from './problem-text.js';
export { DataProblemCode, MAX_ROW_PROBLEMS } from './problems.js';
export { parseDataFile } from './read-data-file.js';
