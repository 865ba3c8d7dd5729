import { Type } from '@sinclair/typebox';
import { RoleSchema } from '../../http/typebox.ts';

/** What the sign-in routes take and return. */

export const Me = Type.Object({
  userId: Type.String(),
  username: Type.String(),
  name: Type.String(),
  roles: Type.Array(RoleSchema),
  agencyId: Type.String(),
  agencyName: Type.String(),
  agencyKind: Type.Union([Type.Literal('enforcement'), Type.Literal('justice')]),
  unitId: Type.Union([Type.String(), Type.Null()]),
  visibleAgencyIds: Type.Array(Type.String()),
});

export const SessionSchema = Type.Object({
  expiresAt: Type.String({ description: '会话的最终失效时间' }),
  idleExpiresAt: Type.Union([Type.String(), Type.Null()], {
    description: '执法工作台会话：无操作至此时间自动退出（每次操作顺延）；接口令牌为 null',
  }),
  idleMinutes: Type.Union([Type.Integer(), Type.Null()]),
  csrfToken: Type.Union([Type.String(), Type.Null()], {
    description: '以 Cookie 登录时，修改数据的请求须在 X-CSRF-Token 请求头中带上此值',
  }),
});

export const LoginBody = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 40 }),
    password: Type.String({ minLength: 1, maxLength: 128 }),
    client: Type.Optional(Type.Literal('workbench')),
  },
  { additionalProperties: false },
);

export const LoginView = Type.Object({ token: Type.Optional(Type.String()), expiresAt: Type.String(), user: Me, session: SessionSchema });

export const MeView = Type.Object({ user: Me, session: SessionSchema });

export const NoContent = Type.Null();
