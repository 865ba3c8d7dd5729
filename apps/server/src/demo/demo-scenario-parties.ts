import { idNumberCheckChar, type PartyInput } from '@sanxiang/domain';
import { creditCode } from './demo-org.ts';

/** The parties the demo scenarios name (two companies and a person), and the officers input of a two-officer step. */

/** A 身份证号码 with its check character, from the first 17 digits. */
export function idNumber(first17: string): string {
  return first17 + idNumberCheckChar(first17);
}

export const COMPANY_A: PartyInput = {
  kind: 'org',
  name: '馆陶县惠民超市有限公司',
  creditCode: creditCode('91130433MA0A1B2C3'),
  legalRep: '钱立新',
  address: '馆陶县陶山街 201 号',
  phone: '0310-7729001',
};

export const COMPANY_B: PartyInput = {
  kind: 'org',
  name: '馆陶县鑫源食品加工厂',
  creditCode: creditCode('92130433MA0D4E5F6'),
  legalRep: '孔德明',
  address: '馆陶县房寨镇工业园区 8 号',
  phone: '13803101234',
};

export const PERSON_A: PartyInput = {
  kind: 'person',
  name: '刘某某',
  idNumber: idNumber('13043319850612123'),
  address: '馆陶县柴堡镇',
  phone: '13931001234',
};

/** The 执法人员 input of a step two officers take. */
export const officers2 = (a: string, b: string) => ({ officers: [a, b] });
