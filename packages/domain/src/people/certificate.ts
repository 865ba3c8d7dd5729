/** 执法证 as the rules see it (R-X-1). */
export type CertificateStatus = 'valid' | 'suspended' | 'revoked';
export type EffectiveCertificateStatus = CertificateStatus | 'expired' | 'not-yet-valid';

export interface CertificateView {
  number: string;
  /** 执法类别, e.g. 市场监管 */
  fields: readonly string[];
  /** 执法区域: region codes; a region covers its descendants */
  regions: readonly string[];
  validFrom: string;
  validTo: string;
  status: CertificateStatus;
}

export const CERTIFICATE_STATUS_NAMES: Record<EffectiveCertificateStatus, string> = {
  valid: '有效',
  suspended: '暂扣',
  revoked: '吊销',
  expired: '过期',
  'not-yet-valid': '未生效',
};

export function effectiveStatus(cert: CertificateView, on: string): EffectiveCertificateStatus {
  if (cert.status !== 'valid') return cert.status;
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
    return `执法证（${cert.number}）状态为「${CERTIFICATE_STATUS_NAMES[status]}」`;
  }
  if (!cert.fields.includes(scope.field)) {
    return `执法证（${cert.number}）的执法类别不含「${scope.field}」`;
  }
  if (!cert.regions.some((r) => scope.regionPath.includes(r))) {
    return `执法证（${cert.number}）的执法区域不含本案发生地`;
  }
  return null;
}
