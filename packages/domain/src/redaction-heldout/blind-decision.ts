/**
 * One decision of a blind set (blind-2026-12*.ts): an invented 行政处罚决定书 with inline redaction marks
 * ⟦kind:text⟧ and what the case system would know about it. The writers were given this shape with the rules.
 */
export type BlindDecision = {
  id: string;
  sector: string;
  text: string;
  context: {
    agency: { name: string; phones?: string[]; accounts?: string[] };
    party:
      { kind: 'person'; name: string } | { kind: 'org'; name: string } | { kind: 'individual-business'; name: string; operator?: string };
    officials: { name: string; certificate?: string }[];
  };
};
