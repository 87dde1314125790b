import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../i18n';
import { meQuery } from '../lib/auth';
import { createQueryClient } from '../lib/query-client';
import { siteQuery } from '../lib/site';

const queryClient = createQueryClient();
// The shell needs both before it can draw the header: ask for them in parallel, right away.
void queryClient.prefetchQuery(siteQuery);
void queryClient.prefetchQuery(meQuery);

export function AppProvider({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    </QueryClientProvider>
  );
}
