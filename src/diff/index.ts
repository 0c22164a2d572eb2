/** Semantic diff of two versions of a model (CLI `diff`). Pure: model views and results in, changes out. */
export type { ChangeKind, ModelChange } from './changes.js';
export { renderDiffMarkdown } from './diff-markdown.js';
export { diffModels, statusYears } from './model-diff.js';
export { compareConditions, type Strength } from './threshold-strength.js';
