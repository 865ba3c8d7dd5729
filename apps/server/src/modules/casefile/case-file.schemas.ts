import { Type } from '@sinclair/typebox';
import { Uuid } from '../../http/typebox.ts';

/** What the 案卷 routes take and return (R-REC-6): completeness and the agency's 案卷标准. */

export const CaseFileStatusView = Type.Object({
  complete: Type.Boolean(),
  items: Type.Array(
    Type.Object({
      name: Type.String(),
      kind: Type.String(),
      document: Type.Union([Type.String(), Type.Null()]),
      step: Type.String(),
      present: Type.Boolean(),
    }),
  ),
});

/** One item a case file must hold: a document or a recording of a step. */
const Item = Type.Object({
  kind: Type.Union([Type.Literal('document'), Type.Literal('recording')]),
  document: Type.Optional(Type.String({ maxLength: 50 })),
  step: Type.String({ maxLength: 50 }),
  when: Type.Union([Type.Literal('step-taken'), Type.Literal('always')]),
});

export const CaseFileStandardParams = Type.Object({ id: Uuid, procedure: Type.String({ maxLength: 50 }) });

export const CaseFileStandardBody = Type.Object({ items: Type.Array(Item, { maxItems: 200 }) });

export const CaseFileStandardView = Type.Object({ custom: Type.Boolean(), items: Type.Array(Item) });
