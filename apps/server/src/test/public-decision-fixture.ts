import { randomUUID } from 'node:crypto';
import { decisionKey, type PublicDecision } from '../modules/publications/public-decision.ts';

/**
 * A live local 行政处罚 publication for the search's tests: the fields a test cares about are given,
 * the rest are those of a plain published decision of 馆陶县市场监督管理局 without full text.
 */
export function publishedPenalty(
  d: Pick<PublicDecision, 'docNumber' | 'partyName' | 'facts' | 'decidedOn'> & Partial<PublicDecision>,
): PublicDecision {
  const agency = d.agency ?? { id: null, name: '馆陶县市场监督管理局', creditCode: '11130433MB0000001X', regionCode: null };
  return {
    id: randomUUID(),
    key: decisionKey(agency.creditCode, d.docNumber),
    source: 'local',
    agency,
    kind: '行政处罚',
    title: `${d.partyName}案`,
    partyCreditCode: null,
    violation: '未按规定明码标价',
    conclusion: '罚款人民币1000元',
    fineAmount: null,
    publishedAt: new Date(`${d.decidedOn.slice(0, 4)}-12-31T00:00:00Z`),
    publicUntil: null,
    status: 'published',
    statusReason: null,
    statusAt: null,
    version: 1,
    history: [],
    fieldSet: 'penalty',
    fields: {},
    body: null,
    ...d,
  };
}
