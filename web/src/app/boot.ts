import type { createBrowserRouter } from 'react-router';
import { i18nReady, syncLanguage } from '../i18n';
import { meQuery } from '../lib/auth';
import { createQueryClient } from '../lib/query-client';
import { siteQuery } from '../lib/site';

/** The app's one query cache; route loaders fill it before their page renders. */
export const queryClient = createQueryClient();

/**
 * Everything the first render needs, asked for at once as the script starts: the site, the
 * account, the shell's texts (in the account's language when it has one), and the page's code and
 * texts (the router loads those as it is created). Rendering after it means the shell never
 * suspends, so React's fallback throttle never delays the first page (ADR 0029). A failed call
 * renders anyway: the shell's error boundary explains it.
 */
export async function whenReadyToRender(router: ReturnType<typeof createBrowserRouter>): Promise<void> {
  const shell = (async () => {
    const [site, me] = await Promise.allSettled([queryClient.ensureQueryData(siteQuery), queryClient.ensureQueryData(meQuery)]);
    await i18nReady;
    if (site.status !== 'fulfilled') return;
    const account = me.status === 'fulfilled' && me.value && !me.value.needsOnboarding ? me.value.language : undefined;
    await syncLanguage({ account, siteDefault: site.value.defaultLanguage });
  })();
  const routes = new Promise<void>((resolve) => {
    if (router.state.initialized) return resolve();
    const stop = router.subscribe((state) => {
      if (!state.initialized) return;
      stop();
      resolve();
    });
  });
  await Promise.allSettled([shell, routes]);
}
