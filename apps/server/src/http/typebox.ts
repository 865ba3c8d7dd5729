import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type SchemaOptions, type TLiteral, type TSchema, type TUnion } from '@sinclair/typebox';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

export const Uuid = Type.String({ format: 'uuid', description: 'UUID' });
export const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
export const IdParams = Type.Object({ id: Uuid });

/** 角色: 执法人员, 法制审核人员, 机关负责人, 公示管理员, 监督人员, 系统管理员 */
export const RoleSchema = Type.Union([
  Type.Literal('officer'),
  Type.Literal('reviewer'),
  Type.Literal('head'),
  Type.Literal('publisher'),
  Type.Literal('supervisor'),
  Type.Literal('admin'),
]);

export const ErrorSchema = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'machine-readable code' }),
      message: Type.String({ description: '面向用户的中文说明' }),
      details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    }),
  },
  { $id: 'Error' },
);

/** Standard error responses, documented on every route. */
export function errors(...codes: number[]): Record<number, TSchema> {
  const out: Record<number, TSchema> = {};
  for (const c of [400, 401, 404, ...codes]) out[c] = Type.Ref('Error');
  return out;
}

/** X or null. */
export const Nullable = <T extends TSchema>(schema: T, options: SchemaOptions = {}) => Type.Union([schema, Type.Null()], options);

/**
 * A union of string literals from a list of values. Typed as a union holding one literal of all the
 * values: a mapped array of literals would be typed never, and the route type provider (TypeBox 1)
 * does not see through Type.Unsafe.
 */
export const LiteralUnion = <T extends string>(values: readonly T[], options: SchemaOptions = {}): TUnion<[TLiteral<T>]> =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    options,
  ) as unknown as TUnion<[TLiteral<T>]>;

/** A value's type with its readonly arrays and properties made mutable, as TypeBox's arrays are. */
export type Mutable<T> = T extends Date
  ? T
  : T extends readonly (infer U)[]
    ? Mutable<U>[]
    : T extends object
      ? { -readonly [K in keyof T]: Mutable<T[K]> }
      : T;

/** Domain data (readonly) returned as a response: the same value, checked against the schema as mutable. */
export const asMutable = <T>(value: T): Mutable<T> => value as Mutable<T>;

/** An instant in ISO 8601 (UTC); a Date is sent as such. */
export const Timestamp = Type.String({ format: 'date-time', description: 'ISO 8601 时间（UTC）' });
