import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Meta } from '@kyoso/contracts/common';
import { api } from './api-client';

const MetaContext = createContext<Meta | null>(null);

/** Loads `/api/meta` once: the city's name and whether the development mailbox exists. */
export function MetaProvider({ children }: { children: ReactNode }) {
  const [meta, setMeta] = useState<Meta | null>(null);
  useEffect(() => {
    api<Meta>('/api/meta')
      .then(setMeta)
      .catch(() => setMeta(null));
  }, []);
  return <MetaContext.Provider value={meta}>{children}</MetaContext.Provider>;
}

export function useMeta(): Meta | null {
  return useContext(MetaContext);
}
