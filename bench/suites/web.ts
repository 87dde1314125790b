// The first page's bytes and the search page's LCP against a static page (bench/web.ts).
import { ms } from '../lib/stats';
import { type BenchSuite, loadNow, ratioRow } from '../lib/suite';
import { benchWeb } from '../web';

const FIRST_PAGE_KB = 150;
const LCP_RATIO = 2;

export const webSuite: BenchSuite = {
  name: 'web',
  description: 'builds the web app: first-page JS + CSS gzip, and the search page LCP against a static page with the same HTML (headless Chromium)',
  byDefault: true,
  async run({ log }) {
    const result = await benchWeb({ log });
    return {
      rows: [
        {
          metric: 'first-page JS + CSS, gzip',
          goal: `≤ ${FIRST_PAGE_KB} KB`,
          measured: `${result.firstPageKb.toFixed(1)} KB`,
          reference: 'index.html as built: its entry script, preloaded modules and stylesheets',
          met: result.firstPageKb <= FIRST_PAGE_KB,
          load: loadNow(),
          values: { firstPageKb: result.firstPageKb },
        },
        ratioRow(
          'search page LCP ÷ static page with the same result HTML',
          LCP_RATIO,
          result.lcpMs.app / result.lcpMs.static,
          `${ms(result.lcpMs.app)} ÷ ${ms(result.lcpMs.static)} ms (medians of ${result.runs})`,
          { appLcpMs: result.lcpMs.app, staticLcpMs: result.lcpMs.static },
        ),
      ],
      sections: [result.section],
    };
  },
};
