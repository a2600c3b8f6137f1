import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ApiError, isUnauthorized } from '../shared/lib/api-client';
import { meKeys } from '../features/auth/api/get-me';

/** A 401 from any request means the sign-in ended: forget the user and the app shows the sign-in page. */
function createQueryClient(): QueryClient {
  const qc: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (err) => signedOut(err) }),
    mutationCache: new MutationCache({ onError: (err) => signedOut(err) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // client errors (400, 401, 403, 404) will not change on a retry
        retry: (count, err) => !(err instanceof ApiError && err.status >= 400 && err.status < 500) && count < 2,
      },
    },
  });
  function signedOut(err: unknown) {
    if (isUnauthorized(err) && qc.getQueryData(meKeys.all)) qc.setQueryData(meKeys.all, null);
  }
  return qc;
}

export function AppProvider({ children }: { children: ReactNode }) {
  const [client] = useState(createQueryClient);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
