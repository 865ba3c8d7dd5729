import { redact, type RedactOptions } from './engine.ts';
import { REDACTION_RULES_2026_4 } from './rules.ts';

/** What the default rule set hides in `text` (with the case context when given), as the hidden strings. */
export const hidden = (text: string, context?: RedactOptions['context']) =>
  redact(text, context ? { context } : {}).redactions.map((r) => text.slice(r.start, r.end));

/** What the default rule set hides as 请确认 (hidden until a person decides). */
export const unsure = (text: string) =>
  redact(text)
    .redactions.filter((r) => r.uncertain)
    .map((r) => text.slice(r.start, r.end));

/** The text as the frozen rule set 2026.4 publishes it: new rules of 2026.5 must leave it unchanged. */
export const old = (text: string) => redact(text, { rules: REDACTION_RULES_2026_4 }).text;
