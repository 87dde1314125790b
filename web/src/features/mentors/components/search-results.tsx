import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { MentorSearchResult } from '../../../../../contract/mentors';
import { Button } from '../../../components/ui/button';
import { Notice } from '../../../components/ui/notice';
import { Pagination } from '../../../components/ui/pagination';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../i18n/error-message';
import { MentorCard } from './mentor-card';

interface SearchResultsProps {
  result: MentorSearchResult | undefined;
  error: unknown;
  /** A newer search is on its way; the list shown is the previous one. */
  isUpdating: boolean;
  isAvailableOnly: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  hrefForPage: (page: number) => string;
  onIncludeUnavailable: () => void;
}

/** The ranked results, how many there are (read out when it changes), and the pages. */
export function SearchResults({ result, error, isUpdating, isAvailableOnly, headingRef, hrefForPage, onIncludeUnavailable }: SearchResultsProps) {
  const { t } = useTranslation('mentors');
  const { t: tCommon } = useTranslation();
  const count = result ? (result.totalIsExact ? t('search.count', { count: result.total }) : t('search.countAtLeast', { count: result.total })) : '';

  return (
    <section className="search-results" aria-labelledby="search-results-heading" aria-busy={isUpdating}>
      <div className="search-results-header">
        <h2 id="search-results-heading" ref={headingRef} tabIndex={-1}>
          {t('search.resultsHeading')}
        </h2>
        <p className="result-count" aria-live="polite" aria-atomic="true">
          {isUpdating ? '' : count}
        </p>
      </div>

      {error && !result ? (
        <Notice tone="error">
          <p>{errorMessage(tCommon, error)}</p>
        </Notice>
      ) : null}
      {!result && !error ? <Spinner label={t('search.loading')} /> : null}

      {result && result.items.length === 0 ? (
        <Notice>
          <p>{t('search.empty')}</p>
          {isAvailableOnly ? (
            <Button variant="secondary" onClick={onIncludeUnavailable}>
              {t('search.includeUnavailable')}
            </Button>
          ) : null}
        </Notice>
      ) : null}

      {result && result.items.length > 0 ? (
        <>
          <ol className={isUpdating ? 'mentor-list is-updating' : 'mentor-list'}>
            {result.items.map((mentor) => (
              <li key={mentor.userId}>
                <MentorCard mentor={mentor} compact />
              </li>
            ))}
          </ol>
          <Pagination
            page={result.page}
            pageCount={result.pageCount}
            hrefFor={hrefForPage}
            texts={{
              label: t('search.pages'),
              previous: t('search.previous'),
              next: t('search.next'),
              page: (page) => t('search.page', { page }),
            }}
          />
        </>
      ) : null}
    </section>
  );
}
