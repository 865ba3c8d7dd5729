import { Page } from '../../components/page';
export default function P() { return <Page title="exchange">…</Page>; }
