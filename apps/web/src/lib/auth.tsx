/**
 * Who is logged in. The server decides (session cookies); the web only asks `/api/auth/me` and
 * hides what the server would refuse anyway.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { SessionUser } from '@kyoso/contracts/auth';
import type { Role } from '@kyoso/contracts/roles';
import { api, isApiError } from './api-client';
import { useI18n } from './i18n';

type AuthContextValue = {
  /** `undefined` while loading, `null` when nobody is logged in. */
  user: SessionUser | null | undefined;
  setUser: (user: SessionUser | null) => void;
  login: (email: string, password: string) => Promise<SessionUser>;
  logout: () => Promise<void>;
  refresh: () => Promise<void>;
};

const AuthContext = createContext<AuthContextValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  const { language, setLanguage } = useI18n();

  const refresh = useCallback(async () => {
    try {
      const res = await api<{ user: SessionUser }>('/api/auth/me');
      setUser(res.user);
    } catch (error) {
      if (isApiError(error) && error.status === 401) {
        setUser(null);
      } else {
        setUser((current) => current ?? null);
      }
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const login = useCallback(
    async (email: string, password: string) => {
      const res = await api<{ user: SessionUser }>('/api/auth/login', {
        method: 'POST',
        body: { email, password },
      });
      setUser(res.user);
      if (res.user.language !== language) {
        void setLanguage(res.user.language);
      }
      return res.user;
    },
    [language, setLanguage],
  );

  const logout = useCallback(async () => {
    try {
      await api('/api/auth/logout', { method: 'POST' });
    } finally {
      setUser(null);
    }
  }, []);

  const value = useMemo(
    () => ({ user, setUser, login, logout, refresh }),
    [user, login, logout, refresh],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) {
    throw new Error('useAuth must be used inside AuthProvider');
  }
  return value;
}

export function hasRole(
  user: SessionUser | null | undefined,
  ...roles: Role[]
): user is SessionUser {
  return !!user && roles.includes(user.role);
}
