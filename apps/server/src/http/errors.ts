import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type DomainErrorCode } from '@sanxiang/domain';

/** DomainError codes -> HTTP status. Rules never know about HTTP; this table does. */
const STATUS: Record<DomainErrorCode, number> = {
  VALIDATION_FAILED: 400,
  STEP_INPUT_MISSING: 400,
  STEP_INPUT_INVALID: 400,
  PARTY_INVALID: 400,
  LEDGER_PROOF_RANGE: 400,
  ACCESS_REASON_REQUIRED: 400,
  EVIDENCE_INVALID: 400,
  DOCUMENT_KIND_UNKNOWN: 404,
  SEAL_IMAGE_INVALID: 400,
  LEDGER_INCONSISTENT: 409,
  CASE_ARCHIVED: 409,
  CASE_NOT_DECIDED: 409,
  RECORDING_MISSING: 422,
  CASE_FILE_INCOMPLETE: 422,
  CALENDAR_IMPORT_INVALID: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN_ROLE: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  STEP_ORDER: 409,
  STEP_NOT_ALLOWED: 409,
  CASE_CLOSED: 409,
  STEP_GUARD_FAILED: 422,
  EXTENSION_NOT_ALLOWED: 422,
  OFFICERS_INSUFFICIENT: 422,
  OFFICER_NOT_QUALIFIED: 422,
  TRAINING_INSUFFICIENT: 422,
  AGENCY_KIND_NOT_HELD: 422,
  CALENDAR_YEAR_UNKNOWN: 422,
  RULE_PACK_NOT_IN_FORCE: 422,
  RATE_LIMITED: 429,
  SERVER_BUSY: 503,
  REVIEW_CATALOG_INVALID: 400,
  REVIEW_MATERIALS_INCOMPLETE: 422,
  REVIEW_REQUIRED: 409,
  REVIEW_STALE: 409,
  REVIEW_STATE: 409,
  SEPARATION_OF_DUTIES: 403,
  REDACTION_INVALID: 400,
  REDACTION_OVERREACH: 422,
  REDACTION_RECOGNISER_MISMATCH: 503,
  REDACTION_UNCONFIRMED: 409,
  PUBLICATION_STATE: 409,
  PUBLICATION_TEXT_MISSING: 409,
  PUBLICATION_MISMATCH: 422,
  CREDIT_REPAIR_REFUSED: 422,
  CREDIT_REPAIR_STATE: 409,
  PUSH_INVALID: 422,
  LIST_INVALID: 422,
  ROSTER_INVALID: 422,
  DRAW_STATE: 409,
  DRAW_INFEASIBLE: 422,
  DRAW_SEED_PENDING: 409,
  EVALUATION_STATE: 409,
  FORM_EXPIRED: 403,
  COMPLAINT_INVALID: 400,
  COMPLAINT_STATE: 409,
  CSRF_REJECTED: 403,
};

export function statusOf(code: DomainErrorCode): number {
  return STATUS[code];
}

export interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

function body(code: string, message: string, details?: Record<string, unknown>): ErrorBody {
  return details ? { error: { code, message, details } } : { error: { code, message } };
}

interface AjvError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

/** ajv messages are English; people read Chinese. */
function describe(err: AjvError, context: string): string {
  const where = err.instancePath ? `字段「${err.instancePath.replace(/^\//, '').replace(/\//g, '.')}」` : context;
  const p = err.params;
  switch (err.keyword) {
    case 'required':
      return `${where === context ? '' : where}缺少必填字段「${String(p['missingProperty'])}」`;
    case 'type':
      return `${where}类型应为 ${String(p['type'])}`;
    case 'minLength':
      return `${where}长度不能少于 ${String(p['limit'])}`;
    case 'maxLength':
      return `${where}长度不能超过 ${String(p['limit'])}`;
    case 'minimum':
      return `${where}不能小于 ${String(p['limit'])}`;
    case 'maximum':
      return `${where}不能大于 ${String(p['limit'])}`;
    case 'minItems':
      return `${where}至少需要 ${String(p['limit'])} 项`;
    case 'maxItems':
      return `${where}最多 ${String(p['limit'])} 项`;
    case 'format':
      return `${where}格式应为 ${String(p['format'])}`;
    case 'pattern':
      return `${where}格式不正确`;
    case 'enum':
      return `${where}应为以下之一：${(p['allowedValues'] as unknown[] | undefined)?.join('、') ?? ''}`;
    case 'const':
      return `${where}取值不正确`;
    case 'additionalProperties':
      return `${where === context ? '' : where}不接受字段「${String(p['additionalProperty'])}」`;
    default:
      return `${where}不符合要求`;
  }
}

const CONTEXT: Record<string, string> = { body: '请求体', querystring: '查询参数', params: '路径参数', headers: '请求头' };

/**
 * Errors the router raises before any route or hook runs (Fastify's `frameworkErrors`): an address
 * that is not valid percent-encoding, or a path segment longer than the router takes. They answer
 * like every other error: a code and a Chinese message.
 */
export function frameworkError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    reply.status(414).send(body('URI_TOO_LONG', '请求地址过长'));
    return;
  }
  if (error.code === 'FST_ERR_BAD_URL') {
    reply.status(400).send(body('VALIDATION_FAILED', '请求地址无效'));
    return;
  }
  reply.status(400).send(body('BAD_REQUEST', '请求无法处理'));
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | DomainError | Error, request, reply) => {
    if (error instanceof DomainError) {
      // a refusal that says when to try again says it in the standard header too
      const retry = error.details?.['retryAfterSeconds'];
      if (typeof retry === 'number') reply.header('retry-after', String(retry));
      return reply.status(statusOf(error.code)).send(body(error.code, error.message, error.details));
    }
    const fe = error as FastifyError & { validation?: AjvError[]; validationContext?: string };
    if (fe.validation) {
      const context = CONTEXT[fe.validationContext ?? 'body'] ?? '请求';
      const problems = fe.validation.map((v) => describe(v, context));
      return reply.status(400).send(body('VALIDATION_FAILED', `${context}不符合要求：${problems.join('；')}`, { problems }));
    }
    const pgCode = (error as { code?: string }).code;
    // a statement cut at the public pool's timeout (issue 23; the search answers partially instead): busy, not broken
    if (pgCode === '57014') {
      request.log.warn({ err: error }, 'statement timeout');
      return reply.status(503).header('retry-after', '5').send(body('SERVER_BUSY', '服务器正忙，请稍后再试'));
    }
    if (pgCode === '23505') {
      // a race the service did not foresee: the constraint's name says which, for whoever reads the log
      request.log.warn({ err: error, constraint: (error as { constraint?: string }).constraint }, 'unique violation');
      return reply.status(409).send(body('CONFLICT', '数据与已有记录重复'));
    }
    // the database's own gate (migration 0004): a race the service's checks could not see
    if (pgCode === 'P0001' && error.message.startsWith('legal review:')) {
      return reply.status(409).send(body('REVIEW_REQUIRED', '未经法制审核或者审核未通过的，不得作出决定（审核记录已变化，请刷新后重试）'));
    }
    // text the database cannot hold (a NUL that slipped past http/hardening.ts, a character outside UTF-8)
    if (pgCode === '22021' || pgCode === '22P05') {
      return reply.status(400).send(body('VALIDATION_FAILED', '请求中含有不能保存的字符，请检查输入'));
    }
    if (pgCode === '22P02' || pgCode === '22007' || pgCode === '22008') {
      return reply.status(400).send(body('VALIDATION_FAILED', '请求中的值格式不正确'));
    }
    if (fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error instanceof SyntaxError) {
      return reply.status(400).send(body('VALIDATION_FAILED', '请求体不是有效的 JSON'));
    }
    if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.status(415).send(body('UNSUPPORTED_MEDIA_TYPE', '只接受 application/json 格式的请求体'));
    }
    if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.status(413).send(body('PAYLOAD_TOO_LARGE', '请求体过大'));
    }
    if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
      return reply.status(fe.statusCode).send(body('BAD_REQUEST', '请求无法处理'));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(body('INTERNAL', '服务器内部错误，请稍后重试'));
  });
  app.setNotFoundHandler((_request, reply) => reply.status(404).send(body('NOT_FOUND', '请求的资源不存在')));
}
