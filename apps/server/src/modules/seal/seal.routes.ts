import type { Kysely } from 'kysely';
import { DomainError } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { BlobStore } from '../../adapters/blobs/blob-store.ts';
import type { Clock } from '../../adapters/clock.ts';
import { actorOf } from '../../http/auth.ts';
import { IdParams, errors, type App } from '../../http/typebox.ts';
import { authorize } from '../../http/policy/authorize.ts';
import { sendBlob } from '../../http/blob-download.ts';
import { currentSealImage, removeSealImageAs, sealImageHistory, setSealImageAs } from './seal.service.ts';
import { SealImageBody, SealImageView, SealRemoveQuery } from './seal.schemas.ts';

/** 印章图片: the agency's seal image, set and removed by its 系统管理员, read by anyone who may read the agency. */
export function registerAgencySealRoutes(app: App, deps: { db: Kysely<Database>; blobs: BlobStore; clock: Clock }): void {
  const tags = ['机构 organisation'];
  const view = async (agencyId: string) => {
    const current = await currentSealImage(deps.db, agencyId);
    return {
      configured: current !== null,
      version: current?.version ?? null,
      sha256: current?.sha256 ?? null,
      width: current?.width ?? null,
      height: current?.height ?? null,
      bytes: current?.bytes ?? null,
      history: await sealImageHistory(deps.db, agencyId),
    };
  };

  app.get('/api/v1/agencies/:id/seal', {
    schema: { tags, summary: '查看机关的印章图片设置及其变更记录', params: IdParams, response: { 200: SealImageView, ...errors(403) } },
    handler: async (req) => {
      authorize(actorOf(req), 'agency.read', { agencyId: req.params.id });
      return view(req.params.id);
    },
  });

  app.get('/api/v1/agencies/:id/seal/image', {
    schema: {
      tags,
      summary: '下载机关当前的印章图片（PNG）',
      params: IdParams,
      produces: ['image/png'],
      response: { ...errors(403, 416) },
    },
    handler: async (req, reply) => {
      authorize(actorOf(req), 'agency.read', { agencyId: req.params.id });
      const current = await currentSealImage(deps.db, req.params.id);
      if (!current) throw new DomainError('NOT_FOUND', '本机关尚未配置印章图片');
      return sendBlob(req, reply, {
        blobs: deps.blobs,
        sha256: current.sha256,
        mediaType: 'image/png',
        filename: '印章.png',
        missing: '印章图片不在存储中（请运行 sanxiang verify 核查）',
        // a seal image is no case record: nothing to log
        beforeSend: async () => {},
      });
    },
  });

  app.put('/api/v1/agencies/:id/seal', {
    // a 1 MB PNG is 1.4 MB of Base64
    bodyLimit: 2 * 1024 * 1024,
    schema: {
      tags,
      summary: '上传或更换机关的印章图片（系统管理员；政务电子印章系统导出的透明 PNG，不超过 1 MB）',
      params: IdParams,
      body: SealImageBody,
      response: { 200: SealImageView, ...errors(403, 413) },
    },
    handler: async (req) => {
      const png = Buffer.from(req.body.png, 'base64');
      await setSealImageAs(deps, actorOf(req), req.params.id, png, req.body.note ?? '', deps.clock.now());
      return view(req.params.id);
    },
  });

  app.delete('/api/v1/agencies/:id/seal', {
    schema: {
      tags,
      summary: '撤下机关的印章图片（系统管理员）',
      params: IdParams,
      querystring: SealRemoveQuery,
      response: { 200: SealImageView, ...errors(403) },
    },
    handler: async (req) => {
      await removeSealImageAs(deps.db, actorOf(req), req.params.id, req.query.note ?? '', deps.clock.now());
      return view(req.params.id);
    },
  });
}
