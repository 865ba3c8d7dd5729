/**
 * The 调阅 reason given for a case in this browser tab (R-REC-7): kept so that a visit asks once,
 * and set by the screens that open a case for a stated purpose (审批, 法制审核, 公示审核).
 * Kept apart from the case screens so that lists can set it without loading them.
 */
const KEY = (caseId: string) => `sx-reason:${caseId}`;

export function storedReason(caseId: string): string | undefined {
  return sessionStorage.getItem(KEY(caseId)) ?? undefined;
}

export function rememberReason(caseId: string, reason: string): void {
  sessionStorage.setItem(KEY(caseId), reason);
}
