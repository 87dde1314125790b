import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/app';

describe('GET /api/site', () => {
  it('tells the web app which locale writes the dates of each language (DATE_LOCALE_EN for English)', async () => {
    const t = await createTestApp({ config: { DATE_LOCALE_EN: 'en-US' } });
    try {
      const site = (await t.app.inject({ method: 'GET', url: '/api/site' })).json();
      expect(site.dateLocales).toEqual({ en: 'en-US', nl: 'nl-NL' });
    } finally {
      await t.close();
    }
  });
});
