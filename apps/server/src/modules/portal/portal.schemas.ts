import { Type } from '@sinclair/typebox';
import { CERTIFICATE_NUMBER } from './portal.service.ts';

/** What the portal's JSON route takes and returns: 执法人员核验 (R-PUB-2). */

export const PublicOfficerParams = Type.Object({ number: Type.String({ pattern: CERTIFICATE_NUMBER.source, description: '执法证号' }) });

export const PublicOfficerSchema = Type.Object({
  number: Type.String({ description: '执法证号' }),
  holder: Type.String({ description: '姓名' }),
  post: Type.String({ description: '职务' }),
  unit: Type.Union([Type.String(), Type.Null()], { description: '所在机构' }),
  agency: Type.Object(
    { name: Type.String(), creditCode: Type.String({ description: '统一社会信用代码' }) },
    { description: '所在机关（执法主体）' },
  ),
  fields: Type.Array(Type.String(), { description: '执法类别' }),
  regions: Type.Array(Type.Object({ code: Type.String(), name: Type.String() }), { description: '执法区域' }),
  validFrom: Type.String(),
  validTo: Type.String(),
  status: Type.Union(['valid', 'suspended', 'revoked', 'inspection-failed', 'expired', 'not-yet-valid'].map((s) => Type.Literal(s))),
  statusName: Type.String({ description: '有效 / 暂扣 / 吊销 / 年检未通过 / 已过期 / 未生效' }),
  statusSince: Type.Union([Type.String(), Type.Null()], { description: '暂扣、吊销或年检未通过的起始日期' }),
  checkedOn: Type.String({ description: '状态计算所依据的日期（北京时间）' }),
  url: Type.String({ description: '核验页面地址（二维码内容）' }),
});
