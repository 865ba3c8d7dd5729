import type { ProcedureDef } from './types.ts';
import { penaltyGeneral } from './definitions/penalty-general.ts';

export const PROCEDURES: readonly ProcedureDef[] = [penaltyGeneral];

export function getProcedure(code: string): ProcedureDef | undefined {
  return PROCEDURES.find((p) => p.code === code);
}
