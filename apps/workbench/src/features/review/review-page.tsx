import { Page } from '../../components/page';

export default function Placeholder(_props: Record<string, unknown>) {
  return <Page title="建设中">建设中</Page>;
}
