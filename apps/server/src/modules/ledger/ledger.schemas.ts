import { Type } from '@sinclair/typebox';
import { Nullable } from '../../http/typebox.ts';

/** What the ledger routes take and return: the agency by its 统一社会信用代码, keys, proofs and checkpoints. */

export const LedgerKeysSchema = Type.Object({
  origin: Type.String({ description: '账本名称（检查点第一行）' }),
  verifierKeys: Type.Array(Type.String(), { description: '检查点签名的验证公钥（C2SP note verifier key：Ed25519，及 SM2）' }),
  sm2PublicKeyPem: Nullable(Type.String(), { description: 'SM2 验证公钥（PEM），供 OpenSSL 核验' }),
  witnessKey: Nullable(Type.String(), { description: '本机关为司法局时：见证副署的验证公钥' }),
  sealPublicKey: Type.String({ description: '电子签章：Ed25519 公钥（原始字节，base64），对文书内容摘要签名' }),
  sealKeyId: Type.String({ description: '电子签章密钥标识（hex）' }),
});

export const CheckpointResultSchema = Type.Object({
  size: Type.Integer({ description: '检查点的记录条数' }),
  note: Type.String({ description: '签名的检查点（C2SP 签名说明格式）' }),
  signed: Type.Boolean({ description: 'true 为本次新签发；false 为账本未增长，沿用上一检查点' }),
  witnesses: Type.Array(
    Type.Object({
      witness: Type.String({ description: '见证方名称' }),
      status: Type.Integer({ description: '见证方的应答状态（200 为已副署）' }),
      message: Type.String({ description: '见证方的应答内容' }),
    }),
  ),
});

export const CreditParams = Type.Object({ credit: Type.String({ pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$' }) });

/** A tile's path after `<prefix>/tile/` (C2SP tlog-tiles). */
export const TileParams = Type.Object({ credit: CreditParams.properties.credit, '*': Type.String({ maxLength: 100 }) });

export const InclusionProofQuery = Type.Object({ index: Type.Integer({ minimum: 0 }), size: Type.Integer({ minimum: 1 }) });

export const InclusionProofView = Type.Object({ index: Type.Integer(), size: Type.Integer(), proof: Type.Array(Type.String()) });

export const ConsistencyProofQuery = Type.Object({ old: Type.Integer({ minimum: 1 }), size: Type.Integer({ minimum: 1 }) });

export const ConsistencyProofView = Type.Object({ old: Type.Integer(), size: Type.Integer(), proof: Type.Array(Type.String()) });
