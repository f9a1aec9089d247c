/**
 * @packageDocumentation
 * The motcua rule-pack format: zod schemas for the YAML files, a loader that reports every mistake
 * as `file:line:col` with a stable code in Vietnamese or English, the linter, the JSON Schema for
 * editors, compiled packs, and the bundled Hanoi pack.
 */
export { caseQuery, currentAgency, runCases, type CaseReport, type CaseResult } from './cases.js';
export { compilePack, loadCompiledPack, sourceHash, type CompiledPack } from './compiled.js';
export { diffJurisdiction, queryGrid, type RouteChange } from './diff.js';
export { PackFileSchema, SECTIONS, type PackFile, type Section } from './file-schema.js';
export { hanoiCompiledPath, hanoiPack, hanoiPackDir } from './hanoi.js';
export { NATIONAL_CATALOGUE_DOC, importNationalCatalogue, proceduresToYaml, type NationalImport, type NationalImportOptions, type ProceduresYamlOptions } from './import-national.js';
export { packJsonSchema } from './json-schema.js';
export { lintPack } from './lint.js';
export { loadPack, loadPackSources, readPackDir, type Pack } from './load-pack.js';
export { parsePackSources, type LoadOptions, type PackSourceFile, type ParsedPack, type RowOrigin } from './parse-pack.js';
export { REFERENCE_BUILTIN_FACTS, createReferenceRouter, type ReferenceMatch, type ReferenceOptions, type ReferenceRouter } from './reference.js';
