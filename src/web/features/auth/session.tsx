import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { TSessionResponse, TSessionUser } from '../../../domain/auth/schemas';
import { type ApiError, onAuthProblem, setCsrfToken, toApiError } from '../../api/client';
import { fetchSession, logout } from './api';

interface SessionState {
  status: 'loading' | 'ready';
  user: TSessionUser | null;
  /** True when a session that was there has gone (expired, or ended elsewhere). */
  expired: boolean;
  /** Set when /auth/me failed for another reason than "not signed in". */
  loadError: ApiError | null;
}

export interface Session extends SessionState {
  signedIn: (session: TSessionResponse) => void;
  signOut: () => Promise<void>;
  refresh: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** Who is signed in, from /auth/me; also reacts when any API call finds the session gone. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({
    status: 'loading',
    user: null,
    expired: false,
    loadError: null,
  });

  const refresh = useCallback(async () => {
    try {
      const session = await fetchSession();
      setCsrfToken(session.csrfToken);
      setState({ status: 'ready', user: session.user, expired: false, loadError: null });
    } catch (error) {
      const apiError = toApiError(error);
      setCsrfToken(null);
      const notSignedIn = apiError.code === 'UNAUTHENTICATED';
      setState({ status: 'ready', user: null, expired: false, loadError: notSignedIn ? null : apiError });
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(
    () =>
      onAuthProblem((error) => {
        if (error.code === 'UNAUTHENTICATED') {
          setCsrfToken(null);
          setState((previous) => ({
            ...previous,
            user: null,
            expired: previous.expired || previous.user !== null,
          }));
        } else if (error.code === 'PASSWORD_CHANGE_REQUIRED') {
          setState((previous) =>
            previous.user ? { ...previous, user: { ...previous.user, mustChangePassword: true } } : previous,
          );
        }
      }),
    [],
  );

  const signedIn = useCallback((session: TSessionResponse) => {
    setCsrfToken(session.csrfToken);
    setState({ status: 'ready', user: session.user, expired: false, loadError: null });
  }, []);

  const signOut = useCallback(async () => {
    await logout();
    setCsrfToken(null);
    setState({ status: 'ready', user: null, expired: false, loadError: null });
  }, []);

  const value = useMemo(
    () => ({ ...state, signedIn, signOut, refresh }),
    [state, signedIn, signOut, refresh],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in user, inside routes that RequireSession guards. */
export function useSignedInUser(): TSessionUser {
  const { user } = useSession();
  if (!user) throw new Error('useSignedInUser outside a signed-in route');
  return user;
}
