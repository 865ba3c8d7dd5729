/** The documents the legal review itself files: the review's papers, never evidence of the facts. */
export const REVIEW_DOCUMENT_KINDS: readonly string[] = ['legal-review-submission', 'legal-review-opinion', 'collective-discussion-record'];
