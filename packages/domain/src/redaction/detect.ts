import {
  bankAccounts,
  bankCards,
  emails,
  fixedPhones,
  idNumbers,
  imAccounts,
  mobilePhones,
  propertyCertificates,
  travelDocuments,
  personalLicences,
  vehiclePlates,
} from './detect-numbers.ts';
import { homeAddresses } from './detect-addresses.ts';
import { personNames } from './detect-names.ts';
import { personNames2 } from './detect-names-2.ts';
import type { NameSpan } from './names.ts';
import type { ProtectedSpan } from './protected.ts';
import type { Words } from './recogniser.ts';
import type { Cues } from './scan.ts';
import type { KeptMatch, RedactionContext, RedactionRule, RedactionRuleId } from './types.ts';

/** A span a rule wants hidden, before overlaps and protected spans are settled. */
export interface Candidate {
  start: number;
  end: number;
  rule: RedactionRuleId;
  replacement: string;
  /** 请确认: the rule is not sure (engine 2) */
  uncertain?: true;
  /** a 公示管理员's recorded decision to hide an uncertain span */
  confirmed?: 'hide';
}

/** What every detector reads. */
export interface DetectEnv {
  text: string;
  context: RedactionContext | undefined;
  cues: Cues;
  /** what must never be hidden */
  guarded: readonly ProtectedSpan[];
  /** the party's name when the text's party block shows a natural person */
  partyName: NameSpan | null;
  /** 执法证号 of the case's officials (digits) */
  certificates: ReadonlySet<string>;
  /** the agency's public phone numbers (digits) */
  publicNumbers: ReadonlySet<string>;
  /** the agency's public accounts (digits) */
  publicAccounts: ReadonlySet<string>;
  keep(k: KeptMatch): void;
  /** the generation of detectors the rule set asks for (1: 2025.1, 2: 2026.1, 3: 2026.2, 4: 2026.3, 5: 2026.4, 6: 2026.5); new shapes only from 2 */
  gen: 1 | 2 | 3 | 4 | 5 | 6;
  /** the text's words from the recogniser (generation 2 only; computed once, on first use) */
  words(): Words;
}

/** Runs one rule. */
export function detect(rule: RedactionRule, env: DetectEnv): Candidate[] {
  switch (rule.id) {
    case 'id-number':
      return idNumbers(env, rule.keepStart, rule.keepEnd, rule.legacy15);
    case 'mobile-phone':
      return mobilePhones(env, rule.keepStart, rule.keepEnd);
    case 'fixed-phone':
      return fixedPhones(env);
    case 'bank-card':
      return bankCards(env, rule.keepEnd);
    case 'bank-account':
      return bankAccounts(env, rule.keepEnd);
    case 'vehicle-plate':
      return vehiclePlates(env);
    case 'home-address':
      return homeAddresses(env);
    case 'person-name':
      return env.gen >= 2 ? personNames2(env, rule.party) : personNames(env, rule.party);
    case 'email':
      return emails(env);
    case 'im-account':
      return imAccounts(env);
    case 'property-certificate':
      return propertyCertificates(env);
    case 'travel-document':
      return travelDocuments(env, rule.keepStart, rule.keepEnd);
    case 'personal-licence':
      return personalLicences(env, rule.keepEnd);
  }
}
