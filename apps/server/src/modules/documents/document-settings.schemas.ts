import { Type } from '@sinclair/typebox';
import { Nullable, Timestamp, Uuid } from '../../http/typebox.ts';

/** 文书设置: what the agency's 决定书 state that the case does not hold (issue 20, item 3). */

const Payment = Type.Object(
  {
    method: Type.Union([Type.Literal('account'), Type.Literal('code')], {
      description: 'account 缴入指定账户（户名、开户行、账号）| code 凭非税收入缴款码缴纳',
    }),
    accountName: Type.String({ maxLength: 100, description: '户名' }),
    bank: Type.String({ maxLength: 100, description: '开户行' }),
    accountNumber: Type.String({ maxLength: 40, description: '账号' }),
    codeChannel: Type.String({ maxLength: 200, description: '缴款码的缴纳渠道，如 河北省非税收入电子缴款平台或者代理银行' }),
  },
  { additionalProperties: false },
);

export const DocumentSettingsFields = Type.Object(
  {
    payment: Payment,
    reviewBody: Type.String({ maxLength: 60, description: '行政复议机关；空为按所在区划推定的本级人民政府' }),
    court: Type.String({ maxLength: 60, description: '行政诉讼的管辖法院；空为按所在区划推定的基层人民法院' }),
  },
  { additionalProperties: false },
);

export const DocumentSettingsBody = Type.Object(
  { settings: DocumentSettingsFields, note: Type.String({ minLength: 1, maxLength: 500, description: '修改理由' }) },
  { additionalProperties: false },
);

export const DocumentSettingsView = Type.Object({
  agencyId: Uuid,
  version: Type.Integer({ description: '现行版本；0 为尚未设置' }),
  inheritedFrom: Nullable(Uuid),
  settings: DocumentSettingsFields,
  /** what the 决定书 print when reviewBody or court is left empty */
  defaults: Type.Object({ reviewBody: Type.String(), court: Type.String() }),
  history: Type.Array(Type.Object({ version: Type.Integer(), note: Type.String(), by: Type.String(), at: Timestamp })),
});
