import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.1 level AA, the level the product promises. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

function describe(violation: Violation): string {
  const nodes = violation.nodes.map((node) => {
    const summary = (node.failureSummary ?? '').split('\n').map((line) => `        ${line.trim()}`).join('\n');
    return `    at ${node.target.join(' ')}\n      ${node.html.slice(0, 200)}\n${summary}`;
  });
  return `  [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes.join('\n')}`;
}

/** Runs axe-core on the page as it is now and throws, readably, on any WCAG 2.1 AA violation. */
export async function expectAccessible(page: Page): Promise<void> {
  // Legacy mode runs axe in the page itself instead of finishing in a helper page: three times
  // faster, and the app has no cross-origin frames that would need the newer mode.
  const { violations } = await new AxeBuilder({ page })
    .withTags(WCAG_21_AA)
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(true)
    .analyze();
  if (violations.length === 0) return;
  throw new Error(`${violations.length} accessibility violation(s) on ${page.url()}:\n${violations.map(describe).join('\n')}`);
}
