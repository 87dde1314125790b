import { type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { MentorSearchQuery } from '../../../../../contract/mentors';
import { PageHeader } from '../../../components/ui/page-header';
import { searchPath } from '../../../lib/paths';
import { useMentorFacets } from '../api/get-mentor-facets';
import { SEARCH_SUGGESTIONS } from '../api/prefetch-search';
import { useSearchMentors } from '../api/search-mentors';
import { ActiveFilters } from './active-filters';
import { SearchBox } from './search-box';
import { SearchFilters } from './search-filters';
import { activeFilters, isFiltered, parseSearchParams, searchParamsFor } from './search-query';
import { SearchResults } from './search-results';
import { SuggestedMentors } from './suggested-mentors';

/**
 * The Search tab. What is searched lives in the URL's query string, so a search can be shared,
 * bookmarked and revisited with Back; the page only ever reads it from there.
 */
export function SearchPage() {
  const { t } = useTranslation('mentors');
  const [params, setParams] = useSearchParams();
  const query = parseSearchParams(params);
  const search = useSearchMentors(query);
  const facets = useMentorFacets(query);
  const [areFiltersOpen, setFiltersOpen] = useState(false);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  const change = (changes: Partial<MentorSearchQuery>) => setParams(searchParamsFor(query, changes));
  const clearFilters = () => setParams(searchParamsFor({ ...parseSearchParams(new URLSearchParams()), q: query.q }, {}));
  useFocusOnPageChange(query.page, resultsHeading);

  const filterCount = activeFilters(query).length;
  const showSuggestions = !isFiltered(query) && query.page === 1;

  return (
    <>
      <PageHeader title={t('search.title')} lead={t('search.lead')} />
      <SearchBox value={query.q ?? ''} onSearch={(q) => change({ q: q || undefined })} />
      <ActiveFilters query={query} onChange={change} onClear={clearFilters} />

      <div className="search-layout">
        <aside className="search-sidebar" aria-labelledby="search-filters-heading">
          <button
            type="button"
            className="button button-secondary filters-toggle"
            aria-expanded={areFiltersOpen}
            aria-controls="search-filters-panel"
            onClick={() => setFiltersOpen((open) => !open)}
          >
            {filterCount ? t('filters.toggleCount', { count: filterCount }) : t('filters.toggle')}
          </button>
          <div id="search-filters-panel" className={areFiltersOpen ? 'filters-panel is-open' : 'filters-panel'}>
            <h2 id="search-filters-heading" className="filters-heading">
              {t('filters.heading')}
            </h2>
            <SearchFilters query={query} facets={facets.data?.facets} onChange={change} onClear={clearFilters} />
            <button
              type="button"
              className="button button-primary filters-done"
              onClick={() => {
                setFiltersOpen(false);
                resultsHeading.current?.focus();
              }}
            >
              {t('filters.showResults')}
            </button>
          </div>
        </aside>

        <div className="search-main">
          {showSuggestions ? <SuggestedMentors limit={SEARCH_SUGGESTIONS} headingLevel={2} compact /> : null}
          <SearchResults
            result={search.data}
            error={search.error}
            isUpdating={search.isPlaceholderData}
            isAvailableOnly={query.available}
            headingRef={resultsHeading}
            hrefForPage={(page) => searchPath(searchParamsFor(query, { page }))}
            onIncludeUnavailable={() => change({ available: false })}
          />
        </div>
      </div>
    </>
  );
}

/** After moving to another page of results, focus (and scroll to) the results' heading. */
function useFocusOnPageChange(page: number, heading: RefObject<HTMLHeadingElement | null>) {
  const shownPage = useRef(page);
  useEffect(() => {
    if (shownPage.current === page) return;
    shownPage.current = page;
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }, [page, heading]);
}
