import { Link } from 'react-router';

interface PaginationProps {
  page: number;
  pageCount: number;
  /** The link to a page. */
  hrefFor: (page: number) => string;
  texts: { label: string; previous: string; next: string; page: (page: number) => string };
}

/** The pages to offer: the first, the last, and two on either side of the current one. */
export function visiblePages(page: number, pageCount: number): (number | 'gap')[] {
  const pages: (number | 'gap')[] = [];
  for (let number = 1; number <= pageCount; number++) {
    if (number === 1 || number === pageCount || Math.abs(number - page) <= 2) pages.push(number);
    else if (pages.at(-1) !== 'gap') pages.push('gap');
  }
  return pages;
}

/** Links to the pages of a result list, so every page has an address of its own. */
export function Pagination({ page, pageCount, hrefFor, texts }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={texts.label}>
      <ul>
        <li>
          {page > 1 ? (
            <Link to={hrefFor(page - 1)} className="pagination-step" rel="prev">
              {texts.previous}
            </Link>
          ) : null}
        </li>
        {visiblePages(page, pageCount).map((number, index) =>
          number === 'gap' ? (
            <li key={`gap-${index}`} className="pagination-gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={number}>
              <Link to={hrefFor(number)} aria-current={number === page ? 'page' : undefined} aria-label={texts.page(number)}>
                {number}
              </Link>
            </li>
          ),
        )}
        <li>
          {page < pageCount ? (
            <Link to={hrefFor(page + 1)} className="pagination-step" rel="next">
              {texts.next}
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}
