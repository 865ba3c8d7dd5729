/** 执法证 as the rules see it (R-X-1). */
export type CertificateStatus = 'valid' | 'suspended' | 'revoked';
export type EffectiveCertificateStatus = CertificateStatus | 'inspection-failed' | 'expired' | 'not-yet-valid';

/**
 * A dated limit on a certificate (qualification.ts): 暂扣 or 吊销 from a date, or a failed 年检 from
 * the day it applies until a later 年检 passes. `to` (exclusive) is null while it lasts.
 */
export interface CertificateRestriction {
  kind: 'suspended' | 'revoked' | 'inspection-failed';
  from: string;
  to?: string | null | undefined;
  reason: string;
}

export interface CertificateView {
  number: string;
  /** 执法类别, e.g. 市场监管 */
  fields: readonly string[];
  /** 执法区域: region codes; a region covers its descendants */
  regions: readonly string[];
  validFrom: string;
  validTo: string;
  status: CertificateStatus;
  /** dated 暂扣/吊销/年检未通过 (R-X-1); absent on certificates read without their history */
  restrictions?: readonly CertificateRestriction[] | undefined;
}

export const CERTIFICATE_STATUS_NAMES: Record<EffectiveCertificateStatus, string> = {
  valid: '有效',
  suspended: '暂扣',
  revoked: '吊销',
  'inspection-failed': '年检未通过',
  expired: '过期',
  'not-yet-valid': '未生效',
};

const RESTRICTION_RANK = { revoked: 0, suspended: 1, 'inspection-failed': 2 } as const;

/** The restriction in force on `on` (吊销 before 暂扣 before 年检未通过), or null. */
export function restrictionOn(cert: Pick<CertificateView, 'restrictions'>, on: string): CertificateRestriction | null {
  let found: CertificateRestriction | null = null;
  for (const r of cert.restrictions ?? []) {
    if (r.from > on || (r.to != null && on >= r.to)) continue;
    if (!found || RESTRICTION_RANK[r.kind] < RESTRICTION_RANK[found.kind]) found = r;
  }
  return found;
}

export function effectiveStatus(cert: CertificateView, on: string): EffectiveCertificateStatus {
  // the dated restrictions are the record; the status column alone speaks for certificates changed before them
  if (cert.status !== 'valid' && !cert.restrictions?.length) return cert.status;
  const restricted = restrictionOn(cert, on);
  if (restricted) return restricted.kind;
  if (on > cert.validTo) return 'expired';
  if (on < cert.validFrom) return 'not-yet-valid';
  return 'valid';
}

/**
 * Why a certificate does not let its holder act in a case of `field` in the region whose
 * ancestor chain (self first or last, any order) is `regionPath`, on date `on`; null when it does.
 */
export function certificateProblem(
  cert: CertificateView | null | undefined,
  scope: { field: string; regionPath: readonly string[]; on: string },
): string | null {
  if (!cert) return '未持有行政执法证';
  const status = effectiveStatus(cert, scope.on);
  if (status !== 'valid') {
    const r = restrictionOn(cert, scope.on);
    const why = r && r.kind === status ? `（自 ${r.from} 起${r.reason ? `，理由：${r.reason}` : ''}）` : '';
    return `执法证（${cert.number}）状态为「${CERTIFICATE_STATUS_NAMES[status]}」${why}`;
  }
  if (!cert.fields.includes(scope.field)) {
    return `执法证（${cert.number}）的执法类别不含「${scope.field}」`;
  }
  if (!cert.regions.some((r) => scope.regionPath.includes(r))) {
    return `执法证（${cert.number}）的执法区域不含本案发生地`;
  }
  return null;
}
