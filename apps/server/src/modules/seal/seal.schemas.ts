import { Type } from '@sinclair/typebox';

/** 印章图片 (issue 20 item 6): what the seal routes take and give. */

export const SealImageView = Type.Object({
  configured: Type.Boolean({ description: '是否已配置印章图片' }),
  version: Type.Union([Type.Integer(), Type.Null()]),
  sha256: Type.Union([Type.String(), Type.Null()]),
  width: Type.Union([Type.Integer(), Type.Null()]),
  height: Type.Union([Type.Integer(), Type.Null()]),
  bytes: Type.Union([Type.Integer(), Type.Null()]),
  history: Type.Array(
    Type.Object({
      version: Type.Integer(),
      action: Type.Union([Type.Literal('set'), Type.Literal('removed')]),
      sha256: Type.Union([Type.String(), Type.Null()]),
      width: Type.Union([Type.Integer(), Type.Null()]),
      height: Type.Union([Type.Integer(), Type.Null()]),
      note: Type.String(),
      by: Type.String(),
      at: Type.String(),
    }),
  ),
});

export const SealImageBody = Type.Object({
  png: Type.String({
    description: 'PNG 文件内容（Base64），不超过 1 MB',
    minLength: 1,
  }),
  note: Type.Optional(Type.String({ maxLength: 500, description: '说明，如印章编号、启用日期' })),
});

export const SealRemoveQuery = Type.Object({ note: Type.Optional(Type.String({ maxLength: 500, description: '说明，如撤下的原因' })) });
