import { DomainError } from '@sanxiang/domain';
import { sql, type RawBuilder } from 'kysely';
import { actorOf } from '../../http/auth.ts';
import { errors, type App } from '../../http/typebox.ts';
import { AccessLogQuery, AccessLogView, PartyRecordsQuery, PartyRecordsSchema } from './access.schemas.ts';
import { accessReason, listAccess, logAccess, type AccessDeps } from './access.service.ts';
import { agencyNamesSubquery } from '../org/org.queries.ts';
import { casesWithParty, entryCountOfCase } from '../cases/case.reads.ts';
import { agenciesFor } from '../../http/policy/authorize.ts';

/** 调阅监督: the access log for supervisors, and every record about one party in one list (R-REC-7). */
/**
 * The counts a party's records list shows beside each case, asked of the records' owners (evidence's
 * evidenceCountOfCase, documents' documentCountOfCase, handed in by app.ts): each takes the outer
 * query's case-id column and stays a subquery of the one statement.
 */
export interface RecordCounts {
  evidence: (caseIdColumn: string) => RawBuilder<number>;
  documents: (caseIdColumn: string) => RawBuilder<number>;
}

export function registerAccessRoutes(app: App, deps: AccessDeps & { counts: RecordCounts }): void {
  const tags = ['调阅监督 supervision'];

  app.get('/api/v1/access-log', {
    schema: {
      tags,
      summary: '调阅记录（谁、何时、为何查看或下载了哪条执法记录）',
      querystring: AccessLogQuery,
      response: {
        200: AccessLogView,
        ...errors(403),
      },
    },
    handler: async (req) => {
      const actor = actorOf(req);
      return listAccess(deps, actor, req.query);
    },
  });

  app.get('/api/v1/party-records', {
    schema: {
      tags,
      summary: '同一当事人的全部执法记录（按统一社会信用代码或身份证号，调阅留痕）',
      querystring: PartyRecordsQuery,
      response: { 200: PartyRecordsSchema, ...errors() },
    },
    handler: async (req) => {
      const actor = actorOf(req);
      const { creditCode, idNumber } = req.query;
      if (!creditCode === !idNumber) throw new DomainError('VALIDATION_FAILED', '请提供统一社会信用代码或身份证号之一');
      const reason = accessReason(req.query.reason, { assignedOfficer: false });
      const visible = agenciesFor(actor, 'case.read');
      const rows = await sql<{
        id: string;
        number: string;
        title: string;
        agency_id: string;
        agency_name: string;
        state: string;
        opened_at: Date;
        archived_at: Date | null;
        party_name: string;
        party_kind: string;
        events: number;
        evidence: number;
        documents: number;
      }>`
        SELECT c.id, c.number, c.title, c.agency_id, a.name AS agency_name, c.state, c.opened_at, c.archived_at, c.party_name, c.party_kind,
               ${entryCountOfCase('c.id')} AS events,
               ${deps.counts.evidence('c.id')} AS evidence,
               ${deps.counts.documents('c.id')} AS documents
          FROM ${casesWithParty(deps.db).as('c')} JOIN ${agencyNamesSubquery(deps.db)} a ON a.id = c.agency_id
         WHERE c.agency_id = ANY(${visible}::uuid[])
           AND ${creditCode ? sql`c.party_credit_code = ${creditCode}` : sql`c.party_id_number = ${idNumber!}`}
         ORDER BY c.opened_at DESC`.execute(deps.db);
      if (rows.rows.length === 0) throw new DomainError('NOT_FOUND', '范围内没有该当事人的执法记录');
      for (const agencyId of new Set(rows.rows.map((r) => r.agency_id))) {
        await logAccess(deps, actor, {
          agencyId,
          action: 'list',
          targetKind: 'party',
          targetId: (creditCode ?? idNumber)!,
          caseId: null,
          reason,
        });
      }
      return {
        party: { name: rows.rows[0]!.party_name, kind: rows.rows[0]!.party_kind },
        cases: rows.rows.map((r) => ({
          id: r.id,
          number: r.number,
          title: r.title,
          agency: r.agency_name,
          state: r.state,
          openedAt: r.opened_at.toISOString(),
          archivedAt: r.archived_at?.toISOString() ?? null,
          events: r.events,
          evidence: r.evidence,
          documents: r.documents,
        })),
      };
    },
  });
}
