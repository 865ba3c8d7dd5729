/**
 * R-REV-9: 法制审核人员 should number at least 5% of an agency's 执法人员. Counting by people, the
 * minimum is the smallest whole number of reviewers that reaches the ratio.
 */
export const REVIEWER_RATIO = 0.05;

export interface Staffing {
  officers: number;
  reviewers: number;
  ratio: number | null;
  required: number;
  flagged: boolean;
}

export function reviewStaffing(officers: number, reviewers: number): Staffing {
  const required = Math.ceil(officers * REVIEWER_RATIO - 1e-9);
  return {
    officers,
    reviewers,
    ratio: officers > 0 ? reviewers / officers : null,
    required,
    flagged: officers > 0 && reviewers < required,
  };
}
