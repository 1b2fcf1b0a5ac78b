import { createContext, useContext, type ReactNode } from 'react';
import type { Api } from './api';
import { hostApi } from './api';

let hostInstance: Api | undefined;

/** The real host, created on first use so that importing this module never touches `window`. */
function host(): Api {
  hostInstance ??= hostApi();
  return hostInstance;
}

const ApiContext = createContext<Api | undefined>(undefined);

export function ApiProvider({ api, children }: { readonly api: Api; readonly children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

/** The host API: the one given to `ApiProvider`, else the real host. */
export function useApi(): Api {
  return useContext(ApiContext) ?? host();
}
