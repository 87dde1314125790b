import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_LANGUAGES, placeIssues } from '../../../contract/places';
import { createTestApp, type TestApp } from '../../../test/app';
import { ORIGIN, createMember, createMentor } from '../../../test/factories';
import { users } from '../../db/schema';

/** Country and languages as codes, cities in one spelling (ADR 0026), on both forms that edit them. */
describe('places on the personal profile and the mentor profile', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'PATCH' | 'PUT', url: string, cookie: string, payload?: object) =>
    t.app.inject({ method, url, headers: { origin: ORIGIN, cookie }, ...(payload ? { payload } : {}) });
  const issuesOf = (res: { statusCode: number; json(): { error: { code: string; details: { issues: { path: string; message: string }[] } } } }) => {
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    return res.json().error.details.issues.map(({ path, message }) => ({ path, message }));
  };

  it('stores and returns codes; a code given twice counts once, null clears', async () => {
    const { cookie } = await createMember(t);
    const saved = await call('PATCH', '/api/me', cookie, { country: 'BE', languages: ['nl', 'fr', 'nl'] });
    expect(saved.json()).toMatchObject({ country: 'BE', languages: ['nl', 'fr'] });
    const cleared = await call('PATCH', '/api/me', cookie, { country: null, languages: [] });
    expect(cleared.json()).toMatchObject({ country: null, languages: [] });
  });

  it.each([
    ['a country name', { country: 'Netherlands' }, [{ path: 'country', message: 'country_unknown' }]],
    ['a lower-case country code', { country: 'nl' }, [{ path: 'country', message: 'country_unknown' }]],
    ['a language name', { languages: ['nl', 'Dutch'] }, [{ path: 'languages.1', message: 'language_unknown' }]],
    ['a withdrawn language code', { languages: ['bh'] }, [{ path: 'languages.0', message: 'language_unknown' }]],
    ['too many languages', { languages: ['nl', 'en', 'de', 'fr', 'es', 'it', 'pt', 'pl', 'tr', 'ar', 'zh'] }, [{ path: 'languages', message: 'too_many_languages' }]],
  ])('refuses %s with 400 naming the field, on both forms', async (_name, payload, expected) => {
    const mentor = await createMentor(t);
    expect(issuesOf(await call('PATCH', '/api/me', mentor.cookie, payload))).toEqual(expected);
    expect(issuesOf(await call('PUT', '/api/me/mentor-profile', mentor.cookie, payload))).toEqual(expected);
  });

  it('refuses unknown codes in the search filters with 400', async () => {
    const { cookie } = await createMember(t);
    for (const query of ['country=Netherlands', 'language=Dutch', 'language=nl&language=xx']) {
      const res = await call('GET', `/api/mentors?${query}`, cookie);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }
    expect((await call('GET', '/api/mentors?country=NL&language=nl', cookie)).statusCode).toBe(200);
  });

  it('lists the same problems for callers that bypass the schemas', () => {
    expect(placeIssues({ country: 'NL', languages: ['nl', 'en'] })).toEqual([]);
    expect(placeIssues({ country: 'Holland', languages: [...Array(MAX_LANGUAGES).fill('nl'), 'Frisian'] }).map((issue) => issue.path)).toEqual([
      ['country'],
      ['languages'],
      ['languages', MAX_LANGUAGES],
    ]);
  });

  it('gives a city the spelling other members use when it differs only in case, accents or spaces', async () => {
    const city = `Écluse Saint-Rémy ${Date.now().toString(36)}`;
    const first = await createMember(t);
    const second = await createMember(t);
    const third = await createMentor(t);
    expect((await call('PATCH', '/api/me', first.cookie, { city })).json().city).toBe(city);
    const typed = `  ${city.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase().replace(' ', '   ')}  `;
    expect((await call('PATCH', '/api/me', second.cookie, { city: typed })).json().city).toBe(city);
    expect((await call('PUT', '/api/me/mentor-profile', third.cookie, { city: city.toLowerCase() })).json().city).toBe(city);
    // A member may still correct the spelling everyone else uses: their own row does not count.
    const other = `Zwolle ${Date.now().toString(36)}`;
    await call('PATCH', '/api/me', first.cookie, { city: other.toLowerCase() });
    expect((await call('PATCH', '/api/me', first.cookie, { city: other })).json().city).toBe(other);
  });

  it('shows old free text that matched no code to its owner only, until they save that field', async () => {
    const mentor = await createMentor(t);
    const viewer = await createMember(t);
    await t.database.db.update(users).set({ unmatchedCountry: 'Atlantis', unmatchedLanguages: ['Elvish'] }).where(eq(users.id, mentor.user.id));

    expect((await call('GET', '/api/me', mentor.cookie)).json().unmatchedPlaces).toEqual({ country: 'Atlantis', languages: ['Elvish'] });
    expect((await call('GET', '/api/me/mentor-profile', mentor.cookie)).json().profile.unmatchedPlaces).toEqual({ country: 'Atlantis', languages: ['Elvish'] });
    const seen = await call('GET', `/api/members/${mentor.user.username}`, viewer.cookie);
    expect(seen.body).not.toContain('Atlantis');
    expect(seen.body).not.toContain('Elvish');

    // Saving other fields keeps the note; saving a field clears that field's note.
    expect((await call('PATCH', '/api/me', mentor.cookie, { headline: 'Still here' })).json().unmatchedPlaces).toEqual({ country: 'Atlantis', languages: ['Elvish'] });
    expect((await call('PATCH', '/api/me', mentor.cookie, { languages: ['fy'] })).json().unmatchedPlaces).toEqual({ country: 'Atlantis', languages: [] });
    const saved = await call('PUT', '/api/me/mentor-profile', mentor.cookie, { country: null });
    expect(saved.json().unmatchedPlaces).toEqual({ country: null, languages: [] });
  });
});
