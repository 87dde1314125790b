import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { ROLES, type Role } from '../../../../../contract/me';
import type { AdminMemberSummary } from '../../../../../contract/admin';
import { Button } from '../../../components/ui/button';
import { Notice } from '../../../components/ui/notice';
import { PageHeader } from '../../../components/ui/page-header';
import { Pagination } from '../../../components/ui/pagination';
import { Spinner } from '../../../components/ui/spinner';
import { useErrorMessage } from '../../../i18n/validation-message';
import { usePageTitle } from '../../../lib/page-title';
import { adminMemberPath, paths } from '../../../lib/paths';
import { useMemberSearch } from '../api/members';
import { AdminTabs } from './admin-tabs';
import type { DeletedMemberState } from './delete-member';

const STATUSES = ['active', 'suspended'] as const;
const pick = <T extends string>(values: readonly T[], value: string | null): T | undefined => values.find((item) => item === value);

/** Admin → Members: find a member, open them. The search lives in the address, so it can be shared and reloaded. */
export function MembersPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('members.title'));
  const [params, setParams] = useSearchParams();
  const query = {
    q: params.get('q') || undefined,
    role: pick(ROLES, params.get('role')),
    status: pick(STATUSES, params.get('status')),
    page: Math.max(1, Number(params.get('page')) || 1),
  };
  const [draft, setDraft] = useState({ q: query.q ?? '', role: query.role ?? '', status: query.status ?? '' });
  const search = useMemberSearch(query);
  const failure = useErrorMessage();
  // Back here after deleting a member's account (delete-member.tsx).
  const deleted = (useLocation().state as DeletedMemberState | null)?.deletedMember;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(new URLSearchParams(Object.entries(draft).filter(([, value]) => value)));
  };
  const hrefFor = (page: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(page));
    return `${paths.admin}?${next}`;
  };

  return (
    <>
      <PageHeader title={t('title')} lead={t('members.lead')} />
      <AdminTabs />
      {deleted ? (
        <div aria-live="polite">
          <Notice tone="success">
            <p>{t('member.delete.done', { name: deleted })}</p>
          </Notice>
        </div>
      ) : null}
      <form className="card admin-filters" role="search" onSubmit={submit}>
        <div className="field admin-filter-wide">
          <label className="field-label" htmlFor="member-q">
            {t('members.search')}
          </label>
          <input id="member-q" className="input" type="search" value={draft.q} onChange={(event) => setDraft({ ...draft, q: event.target.value })} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor="member-role">
            {t('members.role')}
          </label>
          <select id="member-role" className="input" value={draft.role} onChange={(event) => setDraft({ ...draft, role: event.target.value })}>
            <option value="">{t('members.anyRole')}</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor="member-status">
            {t('members.status')}
          </label>
          <select id="member-status" className="input" value={draft.status} onChange={(event) => setDraft({ ...draft, status: event.target.value })}>
            <option value="">{t('members.anyStatus')}</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`members.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-actions">
          <Button type="submit" variant="primary">
            {t('members.submit')}
          </Button>
        </div>
      </form>
      {search.isPending ? (
        <Spinner label={t('members.loading')} />
      ) : search.isError ? (
        <Notice tone="error">{failure(search.error)}</Notice>
      ) : (
        <section className="admin-results" aria-labelledby="member-results-title">
          <h2 id="member-results-title" className="admin-count" aria-live="polite">
            {t('members.count', { count: search.data.total })}
          </h2>
          {search.data.items.length === 0 ? <p>{t('members.none')}</p> : <MemberTable members={search.data.items} />}
          <Pagination
            page={search.data.page}
            pageCount={Math.ceil(search.data.total / search.data.pageSize)}
            hrefFor={hrefFor}
            texts={{
              label: t('members.pagination.label'),
              previous: t('members.pagination.previous'),
              next: t('members.pagination.next'),
              page: (page) => t('members.pagination.page', { page }),
            }}
          />
        </section>
      )}
    </>
  );
}

function MemberTable({ members }: { members: AdminMemberSummary[] }) {
  const { t } = useTranslation('admin');
  return (
    <div className="table-scroll">
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">{t('members.columns.name')}</th>
            <th scope="col">{t('members.columns.username')}</th>
            <th scope="col">{t('members.columns.email')}</th>
            <th scope="col">{t('members.columns.role')}</th>
            <th scope="col">{t('members.columns.status')}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.id}>
              <th scope="row">
                <Link to={adminMemberPath(member.id)}>{member.name}</Link>
              </th>
              <td>{member.displayUsername ?? member.username}</td>
              <td className="admin-email">{member.email}</td>
              <td>
                {roleLabel(t, member.role)}
                {member.isAdmin ? <span className="admin-pill">{t('members.adminBadge')}</span> : null}
              </td>
              <td>{member.suspended ? <span className="admin-pill is-danger">{t('members.suspended')}</span> : t('members.active')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export const roleLabel = (t: ReturnType<typeof useTranslation<'admin'>>['t'], role: Role | null) => (role ? t(`roles.${role}`) : t('members.noRole'));
