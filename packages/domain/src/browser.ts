/**
 * The part of the rules a browser may run as it is (the workbench checks a 统一社会信用代码 or
 * 身份证号码 while it is typed, with the same code the server checks it with). Pure and small:
 * nothing here reads a clock, a file or a key.
 */
export { isValidCreditCode, isValidIdNumber, creditCodeCheckChar, idNumberCheckChar } from './people/party.ts';
export {
  ROLE_NAMES,
  STAGES,
  SAME,
  ENFORCEMENT_KINDS,
  type Role,
  type Stage,
  type InputType,
  type InputDef,
  type EnforcementKind,
} from './procedures/types.ts';
export { chinaDate, chinaDateTime } from './time/china-time.ts';
export {
  SANCTIONS,
  CASE_FLAGS,
  DISCRETION_GRADES,
  AMOUNT_FACETS,
  type Sanction,
  type CaseFlag,
  type DiscretionGrade,
} from './review/catalog.ts';
export { REVIEW_POINTS, CONCLUSION_NAMES, type ReviewPoint } from './review/checklist.ts';
export { WITHDRAWAL_GROUNDS, type WithdrawalGround } from './publication/periods.ts';
export { rangeText, type FineRange } from './discretion/benchmark.ts';
export { LIST_DEFS, LIST_CODES, type ListCode, type ListDef, type ListColumn } from './lists/lists.ts';
export {
  SANCTION_KINDS,
  SANCTION_KIND_NAMES,
  sanctionText,
  sanctionsText,
  type SanctionItem,
  type SanctionKind,
  type SanctionKindDef,
} from './procedures/sanctions.ts';
export { ROSTER_DEFS, ROSTER_CODES, CONFLICT_REASONS, type RosterCode, type RosterDef } from './draw/rosters.ts';
export {
  chineseNumber,
  DIMENSION_NAMES,
  MEASURE_NAMES,
  WEEKDAY_NAMES,
  type AnalysisMeasures,
  type AnalysisDimension,
} from './statistics/analysis.ts';
