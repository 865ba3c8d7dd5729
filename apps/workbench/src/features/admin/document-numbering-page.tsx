import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Input, Space, Table, Typography } from 'antd';
import { api, unwrap } from '../../api/client';
import { Page } from '../../components/page';
import { QueryView } from '../../components/states';
import { AgencyPicker, useAgencyScope, useMayEdit } from './agency-scope';
import { ProblemsAlert } from './problems';

type Numbering = {
  template: string;
  shortName: string;
  kinds: { kind: string; title: string; word: string; defaultWord: string; nextNumber: string }[];
};

/**
 * 文书编号 (issue 20 item 2): each kind of document that carries its own number has a 文书代字 in
 * the agency's numbering rule, each word its own series, continuous through the year. The
 * administrator sets the words; the page shows the number the next document of each kind gets.
 */
export default function DocumentNumberingPage() {
  const scope = useAgencyScope();
  const editable = useMayEdit(scope, 'admin');
  const q = useQuery({
    queryKey: ['document-numbering', scope.agencyId],
    queryFn: () => unwrap(api.GET('/api/v1/agencies/{id}/document-numbering', { params: { path: { id: scope.agencyId } } })),
  });
  return (
    <Page
      title="文书编号"
      crumbs={[{ title: '系统管理' }, { title: '文书编号' }]}
      subtitle="单独编号的执法文书各用一个文书代字，按年度连续编号；公示的决定书以其文书编号为公示文号；审批表、笔录、清单、送达回证等以案号标明所属案件"
      extra={<AgencyPicker scope={scope} />}
    >
      <QueryView query={q}>
        {(n) => (
          <WordsForm key={`${scope.agencyId}:${n.kinds.map((k) => k.word).join()}`} agencyId={scope.agencyId} n={n} editable={editable} />
        )}
      </QueryView>
    </Page>
  );
}

function WordsForm({ agencyId, n, editable }: { agencyId: string; n: Numbering; editable: boolean }) {
  const saved = Object.fromEntries(n.kinds.map((k) => [k.kind, k.word]));
  const [words, setWords] = useState<Record<string, string>>(saved);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const qc = useQueryClient();
  const { message } = App.useApp();
  const changed = n.kinds.some((k) => (words[k.kind] ?? '') !== k.word);
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await unwrap(api.PUT('/api/v1/agencies/{id}/document-numbering', { params: { path: { id: agencyId } }, body: { words } }));
      message.success('文书代字已保存，此后制作的文书按新代字编号');
      await qc.invalidateQueries({ queryKey: ['document-numbering', agencyId] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" style={{ maxWidth: 980 }}>
      <ProblemsAlert error={error} onClose={() => setError(null)} />
      <Typography.Paragraph>
        编号规则：<Typography.Text code>{n.template}</Typography.Text>（机关简称「{n.shortName}」，文书代字代入 {'{word}'}）。
        每种文书的代字各不相同，也不得与案号的代字相同，以免两种文书或文书与案件编号相混。
      </Typography.Paragraph>
      <Table
        size="small"
        rowKey="kind"
        pagination={false}
        dataSource={n.kinds}
        columns={[
          { title: '文书', dataIndex: 'title', width: 220 },
          {
            title: '文书代字',
            dataIndex: 'word',
            width: 170,
            render: (_: string, k) =>
              editable ? (
                <Input
                  aria-label={`${k.title}的文书代字`}
                  value={words[k.kind] ?? ''}
                  maxLength={6}
                  disabled={busy}
                  onChange={(e) => setWords((w) => ({ ...w, [k.kind]: e.target.value }))}
                />
              ) : (
                k.word
              ),
          },
          {
            title: '默认',
            dataIndex: 'defaultWord',
            width: 80,
            render: (d: string) => <Typography.Text type="secondary">{d}</Typography.Text>,
          },
          { title: '本年度下一编号', dataIndex: 'nextNumber' },
        ]}
      />
      {editable ? (
        <Space style={{ marginTop: 16 }}>
          <Button type="primary" disabled={!changed} loading={busy} onClick={() => void save()}>
            保存
          </Button>
          <Button disabled={!changed || busy} onClick={() => setWords(saved)}>
            取消
          </Button>
        </Space>
      ) : (
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
          只有本机关的系统管理员可以更改文书代字。
        </Typography.Paragraph>
      )}
    </Card>
  );
}
