import { describe, expect, it } from 'vitest';
import { DATE_FIELD_CODES } from '../publication/fields.ts';
import { checkPushed, fromExchangeFields, toExchangeFields, type PushedDecision } from './pushed.ts';

const AGENCY = '11130433MB1234567X';
const record = (fields: Record<string, string | null>): PushedDecision => ({
  fieldSet: 'penalty',
  fields: {
    CF_XDR_MC: '馆陶县惠民超市有限公司',
    CF_WSH: '馆市监罚〔2026〕7号',
    CF_CFLB: '罚款',
    CF_NR: '罚款人民币 5000 元',
    CF_CFJG: '馆陶县市场监督管理局',
    CF_CFJGDM: AGENCY,
    CF_SY: '销售过期食品。',
    CF_YJ: '《中华人民共和国食品安全法》第一百二十四条',
    ...fields,
  },
});

describe('双公示 data standard: dates in exchanged records (R-PUB-8, R-X-6)', () => {
  it('行政许可/行政处罚信息 data standard: a record leaves with YYYY/MM/DD dates; other items as they are', () => {
    expect([...DATE_FIELD_CODES].sort()).toEqual([
      'CF_GSJZQ',
      'CF_JDRQ',
      'CF_YXQ',
      'XK_JDRQ',
      'XK_YXQZ',
      'XK_YXQZI',
      'ZF_GSJZQ',
      'ZF_JDRQ',
    ]);
    expect(
      toExchangeFields({
        CF_JDRQ: '2026-09-28',
        CF_GSJZQ: '2029-10-09',
        CF_YXQ: null,
        CF_WSH: '馆市监罚〔2026-1〕号',
        CF_SY: '2026-09-01 检查',
      }),
    ).toEqual({
      CF_JDRQ: '2026/09/28',
      CF_GSJZQ: '2029/10/09',
      CF_YXQ: null,
      CF_WSH: '馆市监罚〔2026-1〕号',
      CF_SY: '2026-09-01 检查',
    });
    expect(toExchangeFields({ XK_YXQZ: '2026-09-28', XK_YXQZI: '2099-12-31', ZF_JDRQ: '2026-10-09' })).toEqual({
      XK_YXQZ: '2026/09/28',
      XK_YXQZI: '2099/12/31',
      ZF_JDRQ: '2026/10/09',
    });
  });

  it('行政许可/行政处罚信息 data standard: on arrival YYYY/MM/DD and YYYY-MM-DD are both taken and kept as YYYY-MM-DD', () => {
    expect(fromExchangeFields({ CF_JDRQ: '2026/09/28', CF_GSJZQ: '2029-10-09', CF_SY: '2026/09/01 检查' })).toEqual({
      CF_JDRQ: '2026-09-28',
      CF_GSJZQ: '2029-10-09',
      CF_SY: '2026/09/01 检查',
    });
    const today = '2026-10-09';
    expect(checkPushed(record({ CF_JDRQ: '2026/09/28', CF_GSJZQ: '2029/10/09' }), 0, AGENCY, today)).toEqual([]);
    expect(checkPushed(record({ CF_JDRQ: '2026-09-28' }), 0, AGENCY, today)).toEqual([]);
    const bad = checkPushed(record({ CF_JDRQ: '2026/02/30', CF_GSJZQ: '2029.10.09' }), 0, AGENCY, today);
    expect(bad.map((p) => p.field)).toEqual(['CF_JDRQ', 'CF_GSJZQ']);
    expect(bad[0]!.message).toBe('第 1 条：决定日期「2026/02/30」应为不晚于今天的 YYYY/MM/DD');
    expect(checkPushed(record({ CF_JDRQ: '2026/10/10' }), 0, AGENCY, today).map((p) => p.field)).toEqual(['CF_JDRQ']);
  });
});
