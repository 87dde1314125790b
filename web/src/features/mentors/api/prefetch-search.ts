import type { QueryClient } from '@tanstack/react-query';
import { isFiltered, parseSearchParams } from '../components/search-query';
import { mentorFacetsQuery } from './get-mentor-facets';
import { suggestedMentorsQuery } from './get-suggested-mentors';
import { searchMentorsQuery } from './search-mentors';

/** The number of suggestions the Search tab shows above an unfiltered first page. */
export const SEARCH_SUGGESTIONS = 3;

/**
 * Starts the Search tab's calls for a `/search?…` URL, so they run beside the page's code and the
 * shell's own calls instead of after the first render. The page's hooks find them in the cache.
 */
export function prefetchSearch(queryClient: QueryClient, url: URL): void {
  const query = parseSearchParams(url.searchParams);
  void queryClient.prefetchQuery(searchMentorsQuery(query));
  void queryClient.prefetchQuery(mentorFacetsQuery(query));
  if (!isFiltered(query) && query.page === 1) void queryClient.prefetchQuery(suggestedMentorsQuery(SEARCH_SUGGESTIONS));
}
