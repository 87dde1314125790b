import { describe, expect, it } from 'vitest';
import { SEARCH_COUNT_CAP } from '../../../contract/mentors';
import { askAgainWithNames, cappedTotal, planBrowsePage, planFacets, planSearch, planTextPage } from './mentor-search.planner';

describe('the search planner', () => {
  it('runs free text as text, up to two filters from the summary, and more filters counted up to the cap', () => {
    expect(planSearch({ q: 'phd', available: true, industry: 'finance' })).toEqual({ kind: 'text', q: 'phd' });
    expect(planSearch({ available: true })).toEqual({ kind: 'summary', keys: [] });
    expect(planSearch({ available: true, industry: 'finance', gradFrom: 2000, gradTo: 2001 })).toEqual({
      kind: 'summary',
      keys: [
        { facet: 'industry', values: ['finance'] },
        { facet: 'graduation', values: ['2000', '2001'] },
      ],
    });
    expect(planSearch({ available: true, industry: 'finance', city: 'Leiden', language: ['nl'] })).toEqual({ kind: 'capped' });
  });

  it('reads facet counts from the summary only without text and with at most one filter', () => {
    expect(planFacets({ available: true })).toEqual({ kind: 'summary', key: undefined });
    expect(planFacets({ available: false, city: 'Leiden' })).toEqual({ kind: 'summary', key: { facet: 'city', values: ['Leiden'] } });
    expect(planFacets({ available: true, city: 'Leiden', industry: 'legal' })).toEqual({ kind: 'count' });
    expect(planFacets({ available: true, q: 'phd' })).toEqual({ kind: 'count' });
  });

  it('walks for text from 2,000 expected matches, and plans the names for few or unknown words', () => {
    expect(planTextPage({ matches: 1999, share: 0.02 })).toEqual({ route: 'gather', withNames: false });
    expect(planTextPage({ matches: 2000, share: 0.02 })).toEqual({ route: 'walk', withNames: false });
    expect(planTextPage({ matches: 99, share: 0.5 })).toEqual({ route: 'gather', withNames: true });
    // A word PostgreSQL holds no statistics for: at most 0.5% of the mentors, whatever the number.
    expect(planTextPage({ matches: 500, share: 0.005 })).toEqual({ route: 'gather', withNames: true });
  });

  it('asks again with the names when a page without them finds fewer than 20', () => {
    expect(askAgainWithNames(false, [])).toBe(true);
    expect(askAgainWithNames(false, [{ total: 19 }])).toBe(true);
    expect(askAgainWithNames(false, [{ total: 20 }])).toBe(false);
    expect(askAgainWithNames(true, [])).toBe(false);
  });

  it('gathers a browse page when walking would read more than 10,000 entries, and reads nothing past the end', () => {
    expect(planBrowsePage({ total: 40, everyone: 100_000 }, { offset: 40, pageSize: 20 })).toBe('none');
    expect(planBrowsePage(undefined, { offset: 0, pageSize: 20 })).toBe('none');
    expect(planBrowsePage({ total: 200, everyone: 100_000 }, { offset: 0, pageSize: 20 })).toBe('walk'); // 10,000 entries
    expect(planBrowsePage({ total: 199, everyone: 100_000 }, { offset: 0, pageSize: 20 })).toBe('gather');
    expect(planBrowsePage({ total: 50, everyone: null }, { offset: 20, pageSize: 20 })).toBe('walk');
  });

  it('says a count past the cap is the cap, and not exact', () => {
    expect(cappedTotal(SEARCH_COUNT_CAP)).toEqual({ total: SEARCH_COUNT_CAP, totalIsExact: true });
    expect(cappedTotal(SEARCH_COUNT_CAP + 1)).toEqual({ total: SEARCH_COUNT_CAP, totalIsExact: false });
  });
});
