import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AdminMemberDetail } from '../../../../../contract/admin';
import { Notice } from '../../../components/ui/notice';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { useErrorMessage } from '../../../i18n/validation-message';
import { formatDate } from '../../../lib/format';
import { usePageTitle } from '../../../lib/page-title';
import { adminMemberPath, paths } from '../../../lib/paths';
import { useAdminMember } from '../api/members';
import { AdminTabs } from './admin-tabs';
import { MemberAccount } from './member-account';
import { roleLabel } from './members-page';

interface MemberPageProps {
  id: string;
  /** More account actions, below the account changes (the route hands them in). */
  actions?: (detail: AdminMemberDetail) => ReactNode;
}

/** Admin → a member: their profile, mentor profile, requests and mentorships, and the account changes. Never their messages. */
export function MemberPage({ id, actions }: MemberPageProps) {
  const { t } = useTranslation('admin');
  const failure = useErrorMessage();
  const member = useAdminMember(id);
  usePageTitle(member.data?.member.name ?? t('members.title'));
  if (member.isPending) return <Spinner label={t('member.loading')} />;
  if (member.isError) return <Notice tone="error">{failure(member.error)}</Notice>;
  const detail = member.data;
  const { member: m } = detail;
  return (
    <>
      <p className="admin-back">
        <Link to={paths.admin}>{t('member.back')}</Link>
      </p>
      <PageHeader
        title={m.name}
        lead={
          <>
            {m.displayUsername ?? m.username} · {roleLabel(t, m.role)}
            {m.isAdmin ? <span className="admin-pill">{t('members.adminBadge')}</span> : null}
            {m.suspended ? <span className="admin-pill is-danger">{t('members.suspended')}</span> : null}
          </>
        }
      />
      <AdminTabs />
      <div className="admin-member">
        <div className="admin-member-main">
          <ProfileFacts detail={detail} />
          <MentorProfileFacts detail={detail} />
          <RequestsTable detail={detail} />
          <MentorshipsTable detail={detail} />
          <p className="field-hint">{t('member.messagesNote')}</p>
        </div>
        <div className="admin-member-side">
          <MemberAccount detail={detail} />
          {detail.graduationRequests.length ? <GraduationHistory detail={detail} /> : null}
          {actions?.(detail)}
        </div>
      </div>
    </>
  );
}

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="facts">
      {rows
        .filter(([, value]) => value !== null && value !== undefined && value !== '')
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

function ProfileFacts({ detail: { member } }: { detail: AdminMemberDetail }) {
  const { t, i18n } = useTranslation('admin');
  const location = [member.city, member.country].filter(Boolean).join(', ');
  return (
    <section className="card" aria-labelledby="member-profile-title">
      <h2 id="member-profile-title">{t('member.profileTitle')}</h2>
      <Facts
        rows={[
          [t('member.fields.email'), <span className="admin-email">{member.email}</span>],
          [t('member.fields.language'), t(`member.languages.${member.language}`)],
          [t('member.fields.studyProgramme'), member.studyProgramme],
          [t('member.fields.startYear'), member.startYear],
          [t('member.fields.graduationYear'), member.graduationYear],
          [t('member.fields.headline'), member.headline],
          [t('member.fields.jobTitle'), member.jobTitle],
          [t('member.fields.employer'), member.employer],
          [t('member.fields.location'), location],
          [t('member.fields.suspendedAt'), member.suspendedAt ? formatDate(member.suspendedAt, i18n.language) : null],
        ]}
      />
      <p className="field-hint">{t('member.registered', { date: formatDate(member.createdAt, i18n.language) })}</p>
    </section>
  );
}

function MentorProfileFacts({ detail: { mentorProfile: profile } }: { detail: AdminMemberDetail }) {
  const { t, i18n } = useTranslation('admin');
  return (
    <section className="card" aria-labelledby="member-mentor-title">
      <h2 id="member-mentor-title">{t('member.mentorProfileTitle')}</h2>
      {profile ? (
        <Facts
          rows={[
            [
              t('member.mentorProfileTitle'),
              [
                profile.isListed ? t('member.mentor.listed') : t('member.mentor.unlisted'),
                profile.pausedAt ? t('member.mentor.paused', { date: formatDate(profile.pausedAt, i18n.language) }) : null,
              ]
                .filter(Boolean)
                .join(' · '),
            ],
            [t('member.mentor.places'), t('member.mentor.placesValue', { active: profile.activeMentees, max: profile.maxMentees })],
            [t('member.mentor.expertise'), profile.expertise.join(', ')],
            [t('member.mentor.activatedAt'), formatDate(profile.activatedAt, i18n.language)],
          ]}
        />
      ) : (
        <p>{t('member.noMentorProfile')}</p>
      )}
    </section>
  );
}

function Other({ other }: { other: { id: string; name: string } }) {
  return <Link to={adminMemberPath(other.id)}>{other.name}</Link>;
}

function RequestsTable({ detail }: { detail: AdminMemberDetail }) {
  const { t, i18n } = useTranslation('admin');
  return (
    <section className="card" aria-labelledby="member-requests-title">
      <h2 id="member-requests-title">{t('member.requestsTitle')}</h2>
      {detail.requests.length === 0 ? (
        <p>{t('member.noRequests')}</p>
      ) : (
        <div className="table-scroll">
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{t('member.columns.with')}</th>
                <th scope="col">{t('member.columns.direction')}</th>
                <th scope="col">{t('member.columns.status')}</th>
                <th scope="col">{t('member.columns.date')}</th>
              </tr>
            </thead>
            <tbody>
              {detail.requests.map((request) => (
                <tr key={request.id}>
                  <th scope="row">
                    <Other other={request.other} />
                  </th>
                  <td>{t(`member.direction.${request.direction}`)}</td>
                  <td>{t(`member.requestStatus.${request.status}`)}</td>
                  <td>{formatDate(request.createdAt, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function MentorshipsTable({ detail }: { detail: AdminMemberDetail }) {
  const { t, i18n } = useTranslation('admin');
  return (
    <section className="card" aria-labelledby="member-mentorships-title">
      <h2 id="member-mentorships-title">{t('member.mentorshipsTitle')}</h2>
      {detail.mentorships.length === 0 ? (
        <p>{t('member.noMentorships')}</p>
      ) : (
        <div className="table-scroll">
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{t('member.columns.with')}</th>
                <th scope="col">{t('member.columns.as')}</th>
                <th scope="col">{t('member.columns.started')}</th>
                <th scope="col">{t('member.columns.ended')}</th>
              </tr>
            </thead>
            <tbody>
              {detail.mentorships.map((ship) => (
                <tr key={ship.id}>
                  <th scope="row">
                    <Other other={ship.other} />
                  </th>
                  <td>{t(`member.as.${ship.as}`)}</td>
                  <td>{formatDate(ship.startedAt, i18n.language)}</td>
                  <td>{ship.endedAt ? formatDate(ship.endedAt, i18n.language) : t('member.running')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function GraduationHistory({ detail }: { detail: AdminMemberDetail }) {
  const { t, i18n } = useTranslation('admin');
  return (
    <section className="card" aria-labelledby="member-graduation-title">
      <h2 id="member-graduation-title">{t('member.graduationTitle')}</h2>
      <ul className="admin-plain-list">
        {detail.graduationRequests.map((request) => (
          <li key={request.id}>
            <strong>{t(`graduation.status.${request.status}`)}</strong> · {t('graduation.year', { year: request.graduationYear })} ·{' '}
            {t('graduation.asked', { date: formatDate(request.createdAt, i18n.language) })}
            {request.reason ? <p className="field-hint">{t('audit.reason', { reason: request.reason })}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
