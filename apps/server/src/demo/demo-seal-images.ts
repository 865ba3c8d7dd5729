import type { Clock } from '../adapters/clock.ts';
import { loadActor } from '../modules/auth/session.store.ts';
import { setSealImageAs } from '../modules/seal/seal.service.ts';
import { DEMO_AGENCIES, type DemoOrg } from './demo-org.ts';
import type { DemoStore } from './demo-cases.ts';
import { demoSealPng } from './demo-seal.ts';

/** Each demo agency's 系统管理员 (or its parent agency's) configures a demo seal image, made now, before any document is issued. */
export async function loadDemoSealImages(store: DemoStore, clock: Clock, org: DemoOrg): Promise<void> {
  for (const a of DEMO_AGENCIES) {
    const adminId = org.users.get(`${a.key}.admin`) ?? (a.parent ? org.users.get(`${a.parent}.admin`) : undefined);
    if (!adminId) continue;
    const admin = await loadActor(store.db, adminId);
    await setSealImageAs(store, admin, org.agencies.get(a.key)!, demoSealPng(a.name), '演示数据：演示用章（非真实印章）', clock.now());
  }
}
