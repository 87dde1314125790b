import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { AUDIT_ACTIONS, type AuditEntry } from '../../../../../contract/admin';
import { Button } from '../../../components/ui/button';
import { Notice } from '../../../components/ui/notice';
import { PageHeader } from '../../../components/ui/page-header';
import { Pagination } from '../../../components/ui/pagination';
import { Spinner } from '../../../components/ui/spinner';
import { useErrorMessage } from '../../../i18n/validation-message';
import { formatDateTime } from '../../../lib/format';
import { usePageTitle } from '../../../lib/page-title';
import { adminMemberPath, paths } from '../../../lib/paths';
import { type AuditFilters, auditCsvHref, useAuditLog } from '../api/audit-log';
import { AdminTabs } from './admin-tabs';

const isDate = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);

/** Admin → Audit log: every admin action, newest first, filtered by action, admin and dates; the same as CSV. */
export function AuditLogPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('audit.title'));
  const failure = useErrorMessage();
  const [params, setParams] = useSearchParams();
  const filters: AuditFilters = {
    action: params.get('action') || undefined,
    actor: params.get('actor') || undefined,
    from: isDate(params.get('from')),
    to: isDate(params.get('to')),
  };
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [draft, setDraft] = useState<Record<'action' | 'actor' | 'from' | 'to', string>>({
    action: filters.action ?? '',
    actor: filters.actor ?? '',
    from: filters.from ?? '',
    to: filters.to ?? '',
  });
  const log = useAuditLog(filters, page);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(new URLSearchParams(Object.entries(draft).filter(([, value]) => value)));
  };
  const hrefFor = (number: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(number));
    return `${paths.adminAudit}?${next}`;
  };

  return (
    <>
      <PageHeader title={t('title')} lead={t('audit.lead')} />
      <AdminTabs />
      <form className="card admin-filters" onSubmit={submit} aria-label={t('audit.title')}>
        <div className="field">
          <label className="field-label" htmlFor="audit-action">
            {t('audit.action')}
          </label>
          <select id="audit-action" className="input" value={draft.action} onChange={(event) => setDraft({ ...draft, action: event.target.value })}>
            <option value="">{t('audit.anyAction')}</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {t(`audit.actions.${action}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor="audit-actor">
            {t('audit.actor')}
          </label>
          <input id="audit-actor" className="input" value={draft.actor} onChange={(event) => setDraft({ ...draft, actor: event.target.value })} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor="audit-from">
            {t('audit.from')}
          </label>
          <input id="audit-from" className="input" type="date" value={draft.from} onChange={(event) => setDraft({ ...draft, from: event.target.value })} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor="audit-to">
            {t('audit.to')}
          </label>
          <input id="audit-to" className="input" type="date" value={draft.to} onChange={(event) => setDraft({ ...draft, to: event.target.value })} />
        </div>
        <div className="form-actions">
          <Button type="submit" variant="primary">
            {t('audit.submit')}
          </Button>
          <a className="button button-secondary" href={auditCsvHref(filters)} download>
            {t('audit.download')}
          </a>
        </div>
      </form>
      {log.isPending ? (
        <Spinner label={t('audit.loading')} />
      ) : log.isError ? (
        <Notice tone="error">{failure(log.error)}</Notice>
      ) : (
        <section className="admin-results" aria-labelledby="audit-results-title">
          <h2 id="audit-results-title" className="admin-count" aria-live="polite">
            {t('audit.count', { count: log.data.total })}
          </h2>
          {log.data.items.length === 0 ? <p>{t('audit.none')}</p> : <AuditTable entries={log.data.items} />}
          <Pagination
            page={log.data.page}
            pageCount={Math.ceil(log.data.total / log.data.pageSize)}
            hrefFor={hrefFor}
            texts={{
              label: t('audit.pagination.label'),
              previous: t('audit.pagination.previous'),
              next: t('audit.pagination.next'),
              page: (number) => t('audit.pagination.page', { page: number }),
            }}
          />
        </section>
      )}
    </>
  );
}

function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t, i18n } = useTranslation('admin');
  return (
    <div className="table-scroll">
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">{t('audit.columns.time')}</th>
            <th scope="col">{t('audit.columns.action')}</th>
            <th scope="col">{t('audit.columns.actor')}</th>
            <th scope="col">{t('audit.columns.target')}</th>
            <th scope="col">{t('audit.columns.details')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>{formatDateTime(entry.createdAt, i18n.language)}</td>
              <th scope="row">{actionLabel(t, entry.action)}</th>
              <td>{entry.actor ? <Link to={adminMemberPath(entry.actor.id)}>{entry.actor.name}</Link> : t('audit.deletedAdmin')}</td>
              <td>{entry.target ? <Link to={adminMemberPath(entry.target.id)}>{entry.target.name}</Link> : `${entry.targetType} ${entry.targetId}`}</td>
              <td>
                <Details details={entry.details} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const actionLabel = (t: ReturnType<typeof useTranslation<'admin'>>['t'], action: string) =>
  (AUDIT_ACTIONS as readonly string[]).includes(action) ? t(`audit.actions.${action as (typeof AUDIT_ACTIONS)[number]}`) : action;

/** Before → after, field by field, and the reason when there is one. */
function Details({ details }: { details: Record<string, unknown> }) {
  const { t } = useTranslation('admin');
  const before = (details.before ?? {}) as Record<string, unknown>;
  const after = (details.after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return (
    <>
      {fields.map((field) => (
        <div key={field} className="audit-change">
          <span className="audit-field">{fieldLabel(t, field)}</span> {show(before[field])} → {show(after[field])}
        </div>
      ))}
      {typeof details.count === 'number' ? <div>{t('audit.invitationCount', { count: details.count })}</div> : null}
      {typeof details.reason === 'string' ? <div className="audit-reason">{t('audit.reason', { reason: details.reason })}</div> : null}
    </>
  );
}

const FIELDS = ['role', 'username', 'graduationYear', 'isAdmin', 'status', 'state', 'expiresAt'] as const;
const fieldLabel = (t: ReturnType<typeof useTranslation<'admin'>>['t'], field: string) =>
  (FIELDS as readonly string[]).includes(field) ? t(`audit.fields.${field as (typeof FIELDS)[number]}`) : field;

const show = (value: unknown) => (value === null || value === undefined ? '–' : String(value));
