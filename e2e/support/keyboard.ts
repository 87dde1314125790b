import type { Locator } from 'playwright-core';
import type { Visitor } from './browser';

/** Whether the element has the keyboard focus (a dialog moved it to its first field, say). */
export const hasFocus = (target: Locator) => target.evaluate((element) => element === document.activeElement);

/**
 * Moves the focus with Tab (Shift+Tab with `backwards`) until `target` has it, as someone
 * without a mouse goes through a page, and fails when it is not reached within `limit` presses
 * or has no visible focus indicator there (WCAG 2.4.7). Returns the number of presses.
 */
export async function tabTo(visitor: Visitor, target: Locator, { backwards = false, limit = 80 } = {}): Promise<number> {
  await target.waitFor({ state: 'visible', timeout: 5_000 });
  for (let presses = 1; presses <= limit; presses++) {
    await visitor.page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await hasFocus(target)) {
      await expectFocusShown(target);
      return presses;
    }
  }
  const focused = await visitor.page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
  throw new Error(`${limit} presses of ${backwards ? 'Shift+Tab' : 'Tab'} did not reach ${target.toString()}; the focus is on ${focused}`);
}

/** Tabs to a control and types into it, character by character. */
export async function tabAndType(visitor: Visitor, target: Locator, text: string): Promise<void> {
  await tabTo(visitor, target);
  await visitor.page.keyboard.type(text);
}

/**
 * The focused element, or the label drawn for it (a radio button styled through its label),
 * shows an outline or a ring.
 */
async function expectFocusShown(target: Locator): Promise<void> {
  const shown = await target.evaluate((element) => {
    const ring = (node: Element | null) => {
      if (!node) return false;
      const style = getComputedStyle(node);
      return (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    };
    const label = element.id ? document.querySelector(`label[for="${CSS.escape(element.id)}"]`) : null;
    return ring(element) || ring(label) || ring(element.parentElement);
  });
  if (!shown) throw new Error(`${target.toString()} has the focus but shows no focus indicator`);
}
