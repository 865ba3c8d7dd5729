import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { App as AntApp, Button, Modal, Spin } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { api, onSessionEvent, setCsrfToken, toApiError, unwrap } from '../api/client';
import type { paths } from '../api/schema';

export type Me = paths['/api/v1/auth/me']['get']['responses'][200]['content']['application/json'];
export type User = Me['user'];
export type Role = User['roles'][number];

interface SessionValue {
  user: User;
  idleMinutes: number | null;
  /** when the session ends without further use (ms since epoch), or null for none */
  idleEndsAt: number | null;
  has: (...roles: Role[]) => boolean;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const v = useContext(SessionContext);
  if (!v) throw new Error('useSession outside SessionProvider');
  return v;
}

/** Optional: null while signed out (the sign-in page). */
export function useMaybeSession(): SessionValue | null {
  return useContext(SessionContext);
}

type State = { kind: 'loading' } | { kind: 'signed-out'; why?: string } | { kind: 'signed-in'; me: Me; idleEndsAt: number | null };

const SignInContext = createContext<{ state: State; accept: (me: Me) => void } | null>(null);

export function useSignIn(): { state: State; accept: (me: Me) => void } {
  const v = useContext(SignInContext);
  if (!v) throw new Error('useSignIn outside SessionProvider');
  return v;
}

/** A warning this long before the idle end, with a button to carry on. */
const WARN_MS = 2 * 60_000;

/**
 * The signed-in person, fetched from /auth/me at start. A 401 from any request ends the session
 * on screen (the server has ended it); every successful request pushes the idle end forward as the
 * server does. Two minutes before the idle end a dialog offers to carry on.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const queryClient = useQueryClient();
  const stateRef = useRef(state);
  stateRef.current = state;

  const accept = useCallback((me: Me) => {
    setCsrfToken(me.session.csrfToken);
    setState({ kind: 'signed-in', me, idleEndsAt: me.session.idleExpiresAt ? Date.parse(me.session.idleExpiresAt) : null });
  }, []);

  useEffect(() => {
    let cancelled = false;
    // the request boot.ts made before this code loaded, else a new one
    const early = window.__sxBoot?.me;
    if (window.__sxBoot) window.__sxBoot.me = undefined;
    const me: Promise<Me> = early
      ? early.then(async (r) => {
          const body: unknown = await r.json().catch(() => undefined);
          if (!r.ok) throw toApiError(r.status, body);
          return body as Me;
        })
      : unwrap(api.GET('/api/v1/auth/me'));
    me.then((me) => !cancelled && accept(me)).catch(() => !cancelled && setState({ kind: 'signed-out' }));
    return () => {
      cancelled = true;
    };
  }, [accept]);

  useEffect(
    () =>
      onSessionEvent((event) => {
        const s = stateRef.current;
        if (s.kind !== 'signed-in') return;
        if (event === 'unauthenticated') {
          setCsrfToken(null);
          queryClient.clear();
          setState({ kind: 'signed-out', why: '登录已失效（长时间无操作或已在别处退出），请重新登录。' });
        } else if (s.me.session.idleMinutes) {
          setState({ ...s, idleEndsAt: Date.now() + s.me.session.idleMinutes * 60_000 });
        }
      }),
    [queryClient],
  );

  const signOut = useCallback(async () => {
    await api.POST('/api/v1/auth/logout').catch(() => undefined);
    setCsrfToken(null);
    queryClient.clear();
    setState({ kind: 'signed-out', why: '您已退出登录。' });
  }, [queryClient]);

  const session = useMemo<SessionValue | null>(() => {
    if (state.kind !== 'signed-in') return null;
    const roles = new Set(state.me.user.roles);
    return {
      user: state.me.user,
      idleMinutes: state.me.session.idleMinutes,
      idleEndsAt: state.idleEndsAt,
      has: (...rs) => rs.some((r) => roles.has(r)),
      signOut,
    };
  }, [state, signOut]);

  if (state.kind === 'loading') {
    return (
      <div style={{ display: 'grid', placeItems: 'center', minHeight: '100vh' }}>
        <Spin size="large" tip="正在载入…">
          <div style={{ width: 120, height: 60 }} />
        </Spin>
      </div>
    );
  }
  return (
    <SignInContext.Provider value={{ state, accept }}>
      <SessionContext.Provider value={session}>
        {children}
        {session?.idleEndsAt ? (
          <IdleWarning
            endsAt={session.idleEndsAt}
            onExpired={() => setState({ kind: 'signed-out', why: '长时间无操作，已自动退出登录，请重新登录。' })}
          />
        ) : null}
      </SessionContext.Provider>
    </SignInContext.Provider>
  );
}

function IdleWarning({ endsAt, onExpired }: { endsAt: number; onExpired: () => void }) {
  const [now, setNow] = useState(Date.now());
  const { message } = AntApp.useApp();
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  const left = endsAt - now;
  useEffect(() => {
    if (left <= 0) onExpired();
  }, [left, onExpired]);
  if (left > WARN_MS || left <= 0) return null;
  const secs = Math.ceil(left / 1000);
  return (
    <Modal
      open
      title="即将自动退出登录"
      closable={false}
      maskClosable={false}
      footer={
        <Button type="primary" autoFocus onClick={() => void unwrap(api.GET('/api/v1/auth/me')).then(() => message.success('已继续登录'))}>
          继续使用
        </Button>
      }
    >
      <p role="alert">
        您已较长时间没有操作，为保护执法数据，将在{' '}
        <strong>
          {Math.floor(secs / 60)} 分 {secs % 60} 秒
        </strong>{' '}
        后自动退出登录。
      </p>
    </Modal>
  );
}
