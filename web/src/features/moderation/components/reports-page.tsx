import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { REPORT_QUEUE_FILTERS, type ReportQueueQuery } from '../../../../../contract/moderation';
import { Notice } from '../../../components/ui/notice';
import { PageHeader } from '../../../components/ui/page-header';
import { Pagination } from '../../../components/ui/pagination';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../i18n/error-message';
import { usePageTitle } from '../../../lib/page-title';
import { paths } from '../../../lib/paths';
import { useReportQueue } from '../api/reports';
import { ReportCard } from './report-card';

type Filter = ReportQueueQuery['status'];

const filterOf = (value: string | null): Filter => (REPORT_QUEUE_FILTERS as readonly string[]).includes(value ?? '') ? (value as Filter) : 'open';
const pageOf = (value: string | null): number => Math.max(1, Math.min(10_000, Number.parseInt(value ?? '1', 10) || 1));

const queuePath = (status: Filter, page = 1) => {
  const query = new URLSearchParams();
  if (status !== 'open') query.set('status', status);
  if (page > 1) query.set('page', String(page));
  const search = query.toString();
  return search ? `${paths.adminReports}?${search}` : paths.adminReports;
};

/**
 * `/admin/reports`, the alumni office's moderation queue: open reports first, each in its context,
 * with the decision to take. After a decision the page says what was done (and takes focus there,
 * as the report may leave the list).
 */
export function ReportsPage() {
  const { t } = useTranslation('moderation');
  const { t: tCommon } = useTranslation();
  usePageTitle(t('title'));
  const [params] = useSearchParams();
  const status = filterOf(params.get('status'));
  const page = pageOf(params.get('page'));
  const queue = useReportQueue({ status, page });
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const announced = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (announcement) announced.current?.focus();
  }, [announcement]);

  const pageCount = queue.data ? Math.max(1, Math.ceil(queue.data.total / queue.data.pageSize)) : 1;
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <nav className="report-filter" aria-label={t('filter.label')}>
        <ul>
          {REPORT_QUEUE_FILTERS.map((filter) => (
            <li key={filter}>
              <Link to={queuePath(filter)} aria-current={filter === status ? 'page' : undefined} onClick={() => setAnnouncement(null)}>
                {t(`filter.${filter}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {queue.data ? <p className="report-count">{t('openCount', { count: queue.data.open })}</p> : null}
      {announcement ? (
        <p ref={announced} className="success-text report-announcement" role="status" tabIndex={-1}>
          {announcement}
        </p>
      ) : null}
      {queue.isPending ? (
        <Spinner label={t('loading')} />
      ) : queue.error ? (
        <Notice tone="error">
          <p>{errorMessage(tCommon, queue.error)}</p>
        </Notice>
      ) : queue.data.items.length === 0 ? (
        <p className="empty-state">{t(`empty.${status}`)}</p>
      ) : (
        <ul className="report-list">
          {queue.data.items.map((report) => (
            <li key={report.id}>
              <ReportCard report={report} onResolved={setAnnouncement} />
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={page}
        pageCount={pageCount}
        hrefFor={(number) => queuePath(status, number)}
        texts={{
          label: t('pagination.label'),
          previous: t('pagination.previous'),
          next: t('pagination.next'),
          page: (number) => t('pagination.page', { page: number }),
        }}
      />
    </>
  );
}
