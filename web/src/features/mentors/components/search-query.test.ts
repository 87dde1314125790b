import { describe, expect, it } from 'vitest';
import { activeFilters, isFiltered, parseSearchParams, searchParamsFor, toggleValue } from './search-query';

describe('parseSearchParams', () => {
  it('reads text, repeated filters, the year range and the page', () => {
    const query = parseSearchParams(
      new URLSearchParams('q=law&expertise=Litigation&expertise=Negotiation&industry=legal&gradFrom=2000&gradTo=2010&language=Dutch&page=2'),
    );
    expect(query).toMatchObject({
      q: 'law',
      expertise: ['Litigation', 'Negotiation'],
      industry: 'legal',
      gradFrom: 2000,
      gradTo: 2010,
      language: ['nl'],
      available: true,
      page: 2,
    });
  });

  it('keeps "available only" on unless the URL turns it off', () => {
    expect(parseSearchParams(new URLSearchParams('')).available).toBe(true);
    expect(parseSearchParams(new URLSearchParams('available=false')).available).toBe(false);
  });

  it('drops a value the API would refuse and keeps the rest of the search', () => {
    const query = parseSearchParams(new URLSearchParams('q=data&industry=piracy&gradFrom=12&page=-3'));
    expect(query).toMatchObject({ q: 'data', page: 1 });
    expect(query.industry).toBeUndefined();
    expect(query.gradFrom).toBeUndefined();
  });

  it('reads countries and languages of links from before codes by their English or Dutch names, and drops unknown ones', () => {
    expect(parseSearchParams(new URLSearchParams('country=Netherlands&language=Engels&language=nl'))).toMatchObject({ country: 'NL', language: ['en', 'nl'] });
    expect(parseSearchParams(new URLSearchParams('country=belgië'))).toMatchObject({ country: 'BE' });
    const unknown = parseSearchParams(new URLSearchParams('country=Atlantis&language=Elvish&q=law'));
    expect(unknown).toMatchObject({ q: 'law' });
    expect(unknown.country).toBeUndefined();
    expect(unknown.language).toBeUndefined();
  });

  it('drops an upside-down year range', () => {
    const query = parseSearchParams(new URLSearchParams('gradFrom=2010&gradTo=2000'));
    expect(query.gradTo).toBeUndefined();
    expect(query.gradFrom).toBe(2010);
  });
});

describe('searchParamsFor', () => {
  it('starts again at page 1 and leaves defaults out of the URL', () => {
    const query = parseSearchParams(new URLSearchParams('q=law&page=3'));
    expect(searchParamsFor(query, { industry: 'legal' }).toString()).toBe('q=law&industry=legal');
    expect(searchParamsFor(query, { page: 4 }).toString()).toBe('q=law&page=4');
    expect(searchParamsFor(query, { available: false }).toString()).toBe('q=law&available=false');
  });
});

describe('isFiltered and toggleValue', () => {
  it('tells a search from browsing, and toggles values of a repeated filter', () => {
    expect(isFiltered(parseSearchParams(new URLSearchParams('available=false&page=2')))).toBe(false);
    expect(isFiltered(parseSearchParams(new URLSearchParams('language=Dutch')))).toBe(true);
    expect(toggleValue(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleValue(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggleValue(undefined, 'a')).toEqual(['a']);
  });
});

describe('activeFilters', () => {
  it('lists every chosen value with the change that removes it', () => {
    const query = parseSearchParams(new URLSearchParams('q=x&expertise=A&expertise=B&gradFrom=2000&city=Leiden'));
    const filters = activeFilters(query);
    expect(filters.map(({ kind, value }) => `${kind}:${value}`)).toEqual(['expertise:A', 'expertise:B', 'graduationYear:2000–…', 'city:Leiden']);
    expect(filters[0]?.remove).toEqual({ expertise: ['B'] });
    expect(filters[2]?.remove).toEqual({ gradFrom: undefined, gradTo: undefined });
  });
});
