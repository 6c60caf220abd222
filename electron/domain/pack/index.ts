/**
 * Study packs (`.lectern.json`, docs/packs.md): the format, its validator, its importer, the built-in
 * article as a pack, and the Moodle XML export of a pack's self-test. Pure: no fs, no electron.
 */
export { builtinPack } from './builtin-pack';
export { questionsToMoodleXml, selfTestToMoodleXml, type MoodleExport, type MoodleQuestionReport, type MoodleType } from './moodle-xml';
export { importPack, packImporter, type PackImporter, type PackImportResult } from './pack-importer';
export { packJsonSchema, packJsonSchemaText } from './pack-json-schema';
export { formatProblem, type PackProblem } from './pack-problem';
export * from './pack-questions';
export * from './pack-schema';
export { PackSource } from './pack-source';
export { packToQuestion, questionToPack, type CitedQuestion } from './question-mapping';
export { describeProblems, PACK_LIMITS, validatePack, type PackLimits, type PackValidation } from './validate-pack';
