import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { App as AntApp, ConfigProvider, Skeleton } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiError } from './api/client';
import { SessionProvider } from './auth/session';
import { router } from './app/router';
import { worklistQuery } from './features/worklist/queries';
// Ant Design's styles as one stylesheet built with the package (zero-runtime mode): the browser
// parses CSS instead of the application computing it on every first render (~0.25 s on 待办)
import 'antd/dist/antd.css';
import './app/styles.css';

dayjs.locale('zh-cn');

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      refetchOnWindowFocus: false,
      // a refusal is an answer, not a glitch: do not ask again
      retry: (n, e) => !(e instanceof ApiError && e.status >= 400 && e.status < 500) && n < 2,
    },
  },
});

// The first screen is usually 待办: boot.ts asked for its list before this code ran; the answer
// goes into the cache the page reads (a refusal is left for the page to ask again and show).
const early = window.__sxBoot?.worklist;
if (early) {
  void early
    .then(async (r) => (r.ok ? queryClient.setQueryData(worklistQuery.queryKey, await r.json()) : undefined))
    .catch(() => undefined);
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider
      locale={zhCN}
      button={{ autoInsertSpace: false }}
      theme={{
        // one theme in the whole application: no per-theme hash on every class and style
        hashed: false,
        zeroRuntime: true,
        token: {
          colorPrimary: '#b4232a',
          borderRadius: 4,
          fontFamily: '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif',
          // secondary text dark enough for WCAG AA contrast (4.5:1) on white and on the page grey
          colorTextSecondary: 'rgba(0, 0, 0, 0.66)',
          colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
          colorTextDescription: 'rgba(0, 0, 0, 0.62)',
          colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
          // status colours deep enough for tags and links to read at AA contrast
          // (the light backgrounds set as well: derived from a deep seed they come out grey)
          colorLink: '#1d4fb8',
          colorInfo: '#0958d9',
          colorInfoBg: '#e6f4ff',
          colorInfoBorder: '#91caff',
          colorSuccess: '#237804',
          colorSuccessBg: '#f6ffed',
          colorSuccessBorder: '#b7eb8f',
          colorWarning: '#ad4e00',
          colorWarningBg: '#fff7e6',
          colorWarningBorder: '#ffd591',
          colorError: '#c41d24',
          colorErrorBg: '#fff2f0',
          colorErrorBorder: '#ffccc7',
        },
      }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <SessionProvider>
            <Suspense fallback={<Skeleton active />}>
              <RouterProvider router={router} />
            </Suspense>
          </SessionProvider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
