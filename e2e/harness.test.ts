import { expect, test } from 'vitest';
import { expectAccessible } from './support/accessibility';
import { useBrowser } from './support/browser';

const browser = useBrowser();

// The check every other browser test leans on must be able to fail.
test('The accessibility check rejects a page with an unlabelled image and a nameless button', async () => {
  const visitor = await browser.open({ baseURL: 'about:blank', viewport: 'desktop', language: 'en' });
  await visitor.page.setContent('<html lang="en"><title>Broken</title><main><h1>Broken</h1><img src="data:,"><button></button></main></html>');

  const failure = expectAccessible(visitor.page);
  await expect(failure).rejects.toThrow(/image-alt/);
  await expect(failure).rejects.toThrow(/button-name/);
});
