import { type FormEvent, Suspense, lazy, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { type AdminStats, REQUEST_EVENTS as SERIES, type RequestEventName } from '../../../../../contract/admin-stats';
import { Button } from '../../../components/ui/button';
import { Notice } from '../../../components/ui/notice';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { useErrorMessage } from '../../../i18n/validation-message';
import { formatDate } from '../../../lib/format';
import { usePageTitle } from '../../../lib/page-title';
import { type StatsRange, statsCsvHref, useAdminStats } from '../api/stats';
import { AdminTabs } from './admin-tabs';

/** The charting library comes with this chunk only, when the page draws its chart. */
const RequestsChart = lazy(() => import('./requests-chart'));

const isDate = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);

/** Admin → Statistics: members, mentors, the requests of a range of weeks (chart and table), mentorships; the weeks as CSV. */
export function StatsPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('stats.title'));
  const failure = useErrorMessage();
  const [params, setParams] = useSearchParams();
  const range: StatsRange = { from: isDate(params.get('from')), to: isDate(params.get('to')) };
  const [draft, setDraft] = useState({ from: range.from ?? '', to: range.to ?? '' });
  const stats = useAdminStats(range);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(new URLSearchParams(Object.entries(draft).filter(([, value]) => value)));
  };

  return (
    <>
      <PageHeader title={t('title')} lead={t('stats.lead')} />
      <AdminTabs />
      <form className="card admin-filters" onSubmit={submit} aria-label={t('stats.filter')}>
        <div className="field">
          <label className="field-label" htmlFor="stats-from">
            {t('stats.from')}
          </label>
          <input id="stats-from" className="input" type="date" value={draft.from} onChange={(event) => setDraft({ ...draft, from: event.target.value })} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor="stats-to">
            {t('stats.to')}
          </label>
          <input id="stats-to" className="input" type="date" value={draft.to} onChange={(event) => setDraft({ ...draft, to: event.target.value })} />
        </div>
        <div className="form-actions">
          <Button type="submit" variant="primary">
            {t('stats.submit')}
          </Button>
          <a className="button button-secondary" href={statsCsvHref(range)} download>
            {t('stats.download')}
          </a>
        </div>
      </form>
      {stats.isPending ? (
        <Spinner label={t('stats.loading')} />
      ) : stats.isError ? (
        <Notice tone="error">{failure(stats.error)}</Notice>
      ) : (
        <StatsView stats={stats.data} />
      )}
    </>
  );
}

function StatsView({ stats }: { stats: AdminStats }) {
  const { t, i18n } = useTranslation('admin');
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const hours = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const labels = useMemo(
    () => ({ ...(Object.fromEntries(SERIES.map((series) => [series, t(`stats.series.${series}`)])) as Record<RequestEventName, string>), week: t('stats.weeks.week') }),
    [t],
  );

  return (
    <>
      <h2 className="admin-count" aria-live="polite">
        {t('stats.range', { from: formatDate(stats.from, i18n.language), to: formatDate(stats.to, i18n.language) })}
      </h2>
      <div className="stats-summary">
        <Figures
          title={t('stats.members.title')}
          rows={[
            [t('roles.student'), stats.members.student],
            [t('roles.alumnus'), stats.members.alumnus],
            [t('roles.staff'), stats.members.staff],
            ...(stats.members.none ? [[t('stats.members.none'), stats.members.none] as [string, number]] : []),
            [t('stats.members.total'), stats.members.total],
          ]}
        />
        <Figures
          title={t('stats.mentors.title')}
          rows={[
            [t('stats.mentors.available'), stats.mentors.available],
            [t('stats.mentors.paused'), stats.mentors.paused],
            [t('stats.mentors.full'), stats.mentors.full],
            [t('stats.mentors.unlisted'), stats.mentors.unlisted],
          ]}
        />
        <Figures title={t('stats.requests.title')} rows={SERIES.map((series) => [labels[series], stats.requests[series]])} />
        <Figures
          title={t('stats.answers.title')}
          rows={[
            [t('stats.answers.rate'), stats.acceptanceRate === null ? t('stats.none') : percent.format(stats.acceptanceRate)],
            [t('stats.answers.median'), stats.medianAnswerHours === null ? t('stats.none') : t('stats.answers.hours', { hours: hours.format(stats.medianAnswerHours) })],
          ]}
        />
        <Figures
          title={t('stats.mentorships.title')}
          rows={[
            [t('stats.mentorships.active'), stats.mentorships.active],
            [t('stats.mentorships.started'), stats.mentorships.startedInRange],
            [t('stats.mentorships.ended'), stats.mentorships.endedInRange],
          ]}
        />
      </div>
      <section className="card stats-weeks" aria-labelledby="stats-weeks-title">
        <h2 id="stats-weeks-title" className="admin-section-title">
          {t('stats.weeks.title')}
        </h2>
        <p className="stats-lead">{t('stats.weeks.lead')}</p>
        <div className="stats-weeks-layout">
          {/* The same figures as the table: hidden from screen readers, which read the table. */}
          <div aria-hidden="true" className="stats-chart-box">
            <Suspense fallback={<div className="stats-chart" />}>
              <RequestsChart weeks={stats.weeks} labels={labels} />
            </Suspense>
          </div>
          {/* Scrolls sideways on a phone: focusable, so the keyboard scrolls it too. */}
          <div className="table-scroll" role="region" aria-label={t('stats.weeks.table')} tabIndex={0}>
            <table className="admin-table stats-table">
              <caption className="visually-hidden">{t('stats.weeks.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('stats.weeks.week')}</th>
                  {SERIES.map((series) => (
                    <th key={series} scope="col">
                      {labels[series]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {stats.weeks.map((week) => (
                  <tr key={week.week}>
                    <th scope="row">
                      {week.week}
                      <span className="stats-week-start">{formatDate(week.weekStart, i18n.language)}</span>
                    </th>
                    {SERIES.map((series) => (
                      <td key={series}>{week[series]}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </section>
    </>
  );
}

function Figures({ title, rows }: { title: string; rows: Array<[string, number | string]> }) {
  return (
    <section className="card stats-figures">
      <h2 className="admin-section-title">{title}</h2>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label} className="stats-figure">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
