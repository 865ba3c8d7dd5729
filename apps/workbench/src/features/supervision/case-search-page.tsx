import CaseListPage from '../cases/case-list-page';

/** 案件调阅: the region's cases; opening one asks the reason first (the case page's 调阅 gate). */
export default function CaseSearchPage() {
  return <CaseListPage supervision />;
}
