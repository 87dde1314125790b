import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MemberSummary, MentoringRequest } from '../../../../../contract/mentoring';
import { Avatar } from '../../../components/ui/avatar';
import { formatDate, formatDateTime } from '../../../lib/format';
import { ReportButton } from '../../inbox';
import { memberPath } from '../../../lib/paths';
import { mentoringKeys } from '../api/query-keys';
import { StatusLabel } from './status-label';

/**
 * One request: who it is from (or to), with their profile summary, the motivation and goals, the
 * dates, the status and, once answered, the mentor's response. `children` are the actions.
 */
export function RequestDetail({ request, children }: { request: MentoringRequest; children?: ReactNode }) {
  const { t } = useTranslation('requests');
  const queryClient = useQueryClient();
  const person = request.direction === 'incoming' ? request.mentee : request.mentor;
  return (
    <article className="request-detail card" aria-labelledby="request-title">
      <header className="request-detail-header">
        <h2 id="request-title">{t(`detail.title.${request.direction}`, { name: person.name })}</h2>
        <StatusLabel status={request.status} />
      </header>
      <PersonSummary person={person} />
      <RequestDates request={request} />

      <section className="request-text" aria-labelledby="request-motivation-heading">
        <h3 id="request-motivation-heading">{t('detail.motivation')}</h3>
        <p className="pre-line">{request.motivation}</p>
        {/* The mentor may report a motivation to the alumni office, once, as a message (the yellow Report button). */}
        {request.can.report || request.reported ? (
          <ReportButton
            subject={{ kind: 'request', id: request.id }}
            authorName={request.mentee.name}
            reported={request.reported}
            onReported={() => {
              // The request says "Reported" from now on, also after a reload (`reported`).
              void queryClient.invalidateQueries({ queryKey: mentoringKeys.request(request.id) });
              void queryClient.invalidateQueries({ queryKey: [...mentoringKeys.all, 'requests'] });
            }}
          />
        ) : null}
      </section>
      {request.goals ? (
        <section className="request-text" aria-labelledby="request-goals-heading">
          <h3 id="request-goals-heading">{t('detail.goals')}</h3>
          <p className="pre-line">{request.goals}</p>
        </section>
      ) : null}
      {request.status === 'accepted' || request.status === 'declined' ? <MentorResponse request={request} /> : null}
      {children}
    </article>
  );
}

/** Photo, name (to their profile), studies, headline and job: enough to judge a request by. */
function PersonSummary({ person }: { person: MemberSummary }) {
  const { t } = useTranslation('requests');
  const { t: tMentors } = useTranslation('mentors');
  const studies = person.studyProgramme
    ? person.graduationYear
      ? t('detail.studiesGraduated', { programme: person.studyProgramme, year: person.graduationYear })
      : person.studyProgramme
    : null;
  const work = person.jobTitle && person.employer ? t('detail.work', { job: person.jobTitle, employer: person.employer }) : (person.jobTitle ?? person.employer);
  return (
    <div className="request-person">
      <Avatar person={person} size="large" />
      <div className="request-person-text">
        <p className="request-person-name">
          <Link to={memberPath(person.username)}>{person.name}</Link>
          {person.role ? <span className="request-person-role"> · {tMentors(`roles.${person.role}`)}</span> : null}
        </p>
        {person.headline ? <p className="request-person-headline">{person.headline}</p> : null}
        {studies ? <p>{studies}</p> : null}
        {work ? <p>{work}</p> : null}
      </div>
    </div>
  );
}

function RequestDates({ request }: { request: MentoringRequest }) {
  const { t, i18n } = useTranslation('requests');
  const at = (iso: string) => <time dateTime={iso}>{formatDateTime(iso, i18n.language)}</time>;
  return (
    <dl className="request-dates">
      <div>
        <dt>{t('detail.sent')}</dt>
        <dd>{at(request.createdAt)}</dd>
      </div>
      {request.answeredAt ? (
        <div>
          <dt>{t('detail.answered')}</dt>
          <dd>{at(request.answeredAt)}</dd>
        </div>
      ) : null}
      {request.withdrawnAt ? (
        <div>
          <dt>{t('detail.retracted')}</dt>
          <dd>{at(request.withdrawnAt)}</dd>
        </div>
      ) : null}
      {request.expiredAt ? (
        <div>
          <dt>{t('detail.expired')}</dt>
          <dd>{at(request.expiredAt)}</dd>
        </div>
      ) : null}
      {request.status === 'pending' && request.expiresAt ? (
        <div>
          <dt>{t('detail.expires')}</dt>
          <dd>
            <time dateTime={request.expiresAt}>{formatDate(request.expiresAt, i18n.language)}</time>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

/** The mentor's answer: their text, and the reason they chose when declining. */
function MentorResponse({ request }: { request: MentoringRequest }) {
  const { t } = useTranslation('requests');
  const { t: tMentoring } = useTranslation('mentoring');
  const isMine = request.direction === 'incoming';
  return (
    <section className="request-response" aria-labelledby="request-response-heading">
      <h3 id="request-response-heading">{isMine ? t('detail.yourResponse') : t('detail.response', { name: request.mentor.name })}</h3>
      {request.response ? <p className="pre-line">{request.response}</p> : <p className="empty-text">{t('detail.noResponse')}</p>}
      {request.declineReason ? (
        <p className="request-reason">
          <span className="request-reason-label">{t('detail.reason')}:</span> {tMentoring(`declineReasons.${request.declineReason}`)}
        </p>
      ) : null}
      {request.status === 'accepted' ? <p className="request-started">{t('detail.started')}</p> : null}
    </section>
  );
}
