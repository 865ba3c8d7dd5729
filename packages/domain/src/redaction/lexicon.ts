/**
 * Words the redaction rules read: surnames, the roles that name a protected natural person, and
 * the labels and cues that say whose number or address follows. Data, not logic. This file gathers
 * them; each kind lives in its own file beside it.
 */
export { COMPOUND_SURNAMES, SINGLE_SURNAMES } from './lexicon-surnames.ts';
export { PROTECTED_ROLES, AMBIGUOUS_ROLES, OFFICIAL_ROLES, ROLE_ENDINGS, CLEAN_NAME_END, PUBLIC_ROLE_ENDINGS } from './lexicon-roles.ts';
export { AFTER_NAME_WORDS, NOT_NAMES } from './lexicon-name-bounds.ts';
export {
  ID_LABELS,
  PHONE_LABELS,
  ACCOUNT_LABELS,
  CERTIFICATE_LABELS,
  IM_LABELS,
  NEUTRAL_LABELS,
  PUBLIC_CUES,
  FINANCE_CUES,
  ORG_CUES,
  PERSON_CUES,
  ADDRESS_LABELS,
  PERSONAL_ADDRESS_LABELS,
  ORG_NAME_END,
} from './lexicon-labels.ts';
