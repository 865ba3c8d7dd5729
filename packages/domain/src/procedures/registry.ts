import type { ProcedureDef } from './types.ts';
import { penaltyGeneral } from './definitions/penalty-general.ts';
import { penaltySimple } from './definitions/penalty-simple.ts';
import { inspection } from './definitions/inspection.ts';
import { coercionSeizure } from './definitions/coercion-seizure.ts';
import { license } from './definitions/license.ts';

/** Every procedure the engine runs; the published 执法流程图 are generated from the same list. */
export const PROCEDURES: readonly ProcedureDef[] = [penaltyGeneral, penaltySimple, inspection, coercionSeizure, license];

export function getProcedure(code: string): ProcedureDef | undefined {
  return PROCEDURES.find((p) => p.code === code);
}
