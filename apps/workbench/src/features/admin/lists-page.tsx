import { useSearchParams } from 'react-router';
import { Card, Skeleton, Tabs } from 'antd';
import { Page } from '../../components/page';
import { QueryView } from '../../components/states';
import type { ListCode } from './api-types';
import { AgencyPicker, useAgencies, useAgencyScope, useMayEdit } from './agency-scope';
import { ListChangesCard } from './list-changes';
import { LIST_CODES, LIST_DEFS } from './list-defs';
import { ListPanel } from './list-panel';

/**
 * 事前公开清单 (R-PUB-1): the lists an agency publishes before it acts — 行政执法事项清单,
 * 随机抽查事项清单, 服务指南, 救济渠道与投诉举报 — each versioned, edited row by row or imported
 * from a spreadsheet (every refused row shown on its row), exported as the portal's .xlsx; changes
 * of law, organisation or staff registered and reflected within 20 working days. Publishers read
 * and export; the agency's administrator or head publishes.
 */
export default function ListsPage() {
  const scope = useAgencyScope();
  const agencies = useAgencies();
  const editable = useMayEdit(scope, 'admin', 'head');
  const [params, setParams] = useSearchParams();
  const wanted = params.get('list') as ListCode | null;
  const code: ListCode = wanted && LIST_CODES.includes(wanted) ? wanted : 'matters';
  const setCode = (c: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set('list', c);
        return next;
      },
      { replace: true },
    );
  return (
    <Page
      title="事前公开清单"
      crumbs={[{ title: '系统管理' }, { title: '事前公开清单' }]}
      subtitle="法律、机构或人员变化后，应在 20 个工作日内更新；每一版都保留，公众可在公示平台查阅和下载"
      extra={<AgencyPicker scope={scope} />}
    >
      <QueryView query={agencies}>
        {() =>
          scope.agency ? (
            <>
              <ListChangesCard agencyId={scope.agencyId} editable={editable} list={code} />
              <Card size="small">
                <Tabs activeKey={code} onChange={setCode} items={LIST_CODES.map((c) => ({ key: c, label: LIST_DEFS[c].name }))} />
                <ListPanel key={`${scope.agencyId}:${code}`} agency={scope.agency} code={code} editable={editable} />
              </Card>
            </>
          ) : (
            <Skeleton active />
          )
        }
      </QueryView>
    </Page>
  );
}
