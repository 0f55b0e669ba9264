import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { Provider } from 'urql';
import { createApiClient } from './client';

type Api = {
  /** Drop every cached result (sign-in, sign-out): a fresh client refetches all. */
  resetClient: () => void;
};

const ApiContext = createContext<Api | null>(null);

export function ApiProvider({ children }: { children: ReactNode }) {
  const [client, setClient] = useState(createApiClient);
  const resetClient = useCallback(() => setClient(createApiClient()), []);
  const api = useMemo(() => ({ resetClient }), [resetClient]);
  return (
    <ApiContext.Provider value={api}>
      <Provider value={client}>{children}</Provider>
    </ApiContext.Provider>
  );
}

export function useApi(): Api {
  const value = useContext(ApiContext);
  if (value === null) throw new Error('useApi() needs <ApiProvider>');
  return value;
}
