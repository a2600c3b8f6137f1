/**
 * Public API of the scoring package (pure: no I/O, no server, no database).
 * Implementation lives in the modules re-exported here.
 */
export type { Rubric } from './rubric';
export { rubricV1, rubricV2, rubricV3, rubricV4, rubricV5, rubricV6, rubricV7, rubricV8, rubricV9, rubricV10, rubricV11, rubricV12, rubricV13, rubricV14, rubricV15, rubricV16, rubricV17, rubricV18, rubricV19, rubricV20, rubricV21, rubricV22, rubricV23, rubricV24, rubricV25, rubricV26, rubricV27, rubricV28, rubricV29, rubricV30, rubricV31, rubricV32, rubricV33, rubricV34, rubricV35, rubricV36, rubricV37, rubricV38, rubricV39, rubricV40, rubricV41, rubricV42, rubricV43, rubricV44, rubricV45, rubricV46, rubricV47, rubricV48, rubricV49, rubricV50, rubricV51, rubricV52, rubricV53, rubricV54, rubricV55, rubricV56, rubricV57, rubricV58, rubricV59, rubricV60, rubricV61, rubricV62, rubricV63, rubricV64, rubricV65, rubricV66, rubricV67, rubricV68, rubricV69, rubricV70, rubricV71, rubricV72, rubricV73, rubricV74, currentRubric } from './rubric';
export type { ProviderInterval, ScoringContext } from './score';
export { scoreSession, providerIntervals, judgeConcurrency, withCheck } from './score';
