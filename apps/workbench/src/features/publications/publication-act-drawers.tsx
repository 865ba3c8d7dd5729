/**
 * The acts on a published publication that need a form, each in a drawer: correct (a new version with a
 * reason), record a withdrawal ground, withdraw, and stop early after 信用修复 (publication-stop-form.tsx).
 */
import { Button, DatePicker, Drawer, Form, Input, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client';
import type { Publication } from '../../api/types';
import type { Mark } from './publication-redaction-panels';
import { StopForm } from './publication-stop-form';
import { GroundForm } from './publication-withdrawal-form';

export type DrawerName = 'correct' | 'ground' | 'withdraw' | 'stop';

export function PublicationActDrawers({
  p,
  drawer,
  setDrawer,
  body,
  blocked,
  busy,
  act,
}: {
  p: Publication;
  drawer: DrawerName | null;
  setDrawer: (d: DrawerName | null) => void;
  /** the manual marks and 请确认 decisions on the page */
  body: { marks: Mark[]; fieldMarks: Record<string, Mark[]> };
  /** a 请确认 span is undecided (or the comparison is not shown): the correction waits */
  blocked: boolean;
  busy: boolean;
  act: (what: string, run: () => Promise<unknown>) => Promise<void>;
}) {
  return (
    <>
      <Drawer open={drawer === 'correct'} onClose={() => setDrawer(null)} title="更正（发布新版本，旧版本保留）" size={520} destroyOnHidden>
        <Form
          layout="vertical"
          onFinish={(v: { reason: string; foundOn?: Dayjs }) =>
            void act('已发布更正', () =>
              unwrap(
                api.POST('/api/v1/publications/{id}/corrections', {
                  params: { path: { id: p.id } },
                  body: { ...body, reason: v.reason, ...(v.foundOn ? { foundOn: v.foundOn.format('YYYY-MM-DD') } : {}) },
                }),
              ),
            )
          }
        >
          <Form.Item label="更正理由" name="reason" rules={[{ required: true, whitespace: true, message: '请写明更正理由' }]}>
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={500} />
          </Form.Item>
          <Form.Item label="发现错误日期" name="foundOn" extra="发现错误后 20 个工作日内更正">
            <DatePicker />
          </Form.Item>
          <Typography.Paragraph type="secondary">新版本使用当前页面上的人工标注和确认。</Typography.Paragraph>
          <Button type="primary" htmlType="submit" loading={busy} disabled={blocked}>
            发布更正
          </Button>
        </Form>
      </Drawer>
      <Drawer
        open={drawer === 'ground' || drawer === 'withdraw'}
        onClose={() => setDrawer(null)}
        title={drawer === 'ground' ? '登记撤下事由' : '撤下'}
        size={520}
        destroyOnHidden
      >
        <GroundForm
          busy={busy}
          needGround={drawer === 'ground' || !p.ground}
          submitText={drawer === 'ground' ? '登记事由' : '撤下'}
          onSubmit={(v) =>
            void act(drawer === 'ground' ? '已登记撤下事由' : '已撤下', () =>
              drawer === 'ground'
                ? unwrap(
                    api.POST('/api/v1/publications/{id}/withdrawal-ground', {
                      params: { path: { id: p.id } },
                      body: { ground: v.ground!, groundOn: v.groundOn!, reason: v.reason! },
                    }),
                  )
                : unwrap(
                    api.POST('/api/v1/publications/{id}/withdrawal', {
                      params: { path: { id: p.id } },
                      body: p.ground ? {} : { ground: v.ground!, groundOn: v.groundOn!, reason: v.reason! },
                    }),
                  ),
            )
          }
        />
      </Drawer>
      <Drawer open={drawer === 'stop'} onClose={() => setDrawer(null)} title="信用修复后提前停止公示" size={520} destroyOnHidden>
        {/* the form sends the request and shows a refusal itself; act then announces the stop, closes and refreshes */}
        <StopForm p={p} onStopped={() => void act('已停止公示', () => Promise.resolve())} />
      </Drawer>
    </>
  );
}
