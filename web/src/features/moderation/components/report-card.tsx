import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ModerationMember, ModerationMessage, ModerationReport } from '../../../../../contract/moderation';
import { formatDate, formatDateTime } from '../../../lib/format';
import { memberPath } from '../../../lib/paths';
import { SendMessageButton } from '../../inbox';
import { ReportDecision } from './report-decision';

interface ReportCardProps {
  report: ModerationReport;
  onResolved(text: string): void;
}

/**
 * One report in the queue: what was reported — the message highlighted among its neighbours, or
 * the request's motivation — who reported it and why, who wrote it with their other reports, and
 * the decision (or the buttons to take it).
 */
export function ReportCard({ report, onResolved }: ReportCardProps) {
  const { t, i18n } = useTranslation('moderation');
  const titleId = `report-${report.id}-title`;
  const subjectName = report.subject?.name ?? t('card.deletedMember');
  const isOpen = report.status === 'open';
  return (
    <article className={`report-card is-${report.status}`} aria-labelledby={titleId}>
      <header className="report-card-header">
        <h2 id={titleId}>{t(report.about === 'message' ? 'card.titleMessage' : 'card.titleRequest', { name: subjectName })}</h2>
        <span className={`report-status report-status-${report.status}`}>{t(`status.${report.status}`)}</span>
      </header>

      <p className="report-meta">
        {report.reporter ? t('card.reportedBy', { name: report.reporter.name }) : t('card.reportedByDeleted')}{' '}
        {t('card.reportedOn', { date: formatDateTime(report.createdAt, i18n.language) })}
      </p>
      <dl className="report-facts">
        <div>
          <dt>{t('card.reason')}</dt>
          <dd>{t(`reasons.${report.reason}`)}</dd>
        </div>
        {report.details ? (
          <div className="report-details">
            <dt>{t('card.details')}</dt>
            <dd>
              <blockquote>{report.details}</blockquote>
            </dd>
          </div>
        ) : null}
      </dl>

      {report.message ? (
        <div className="report-context">
          <h3>{t('card.conversation')}</h3>
          <ol className="report-thread">
            {report.message.before.map((message) => (
              <ContextMessage key={message.id} message={message} />
            ))}
            <ContextMessage message={report.message.reported} isReported />
            {report.message.after.map((message) => (
              <ContextMessage key={message.id} message={message} />
            ))}
          </ol>
        </div>
      ) : null}

      {report.request ? (
        <div className="report-context">
          <h3>{t('card.motivation')}</h3>
          <blockquote className="report-motivation is-reported">{report.request.motivation}</blockquote>
          {report.request.goals ? (
            <>
              <h4>{t('card.goals')}</h4>
              <blockquote className="report-motivation">{report.request.goals}</blockquote>
            </>
          ) : null}
          <p className="report-meta">
            {t('card.requestTo', { name: report.request.mentorName ?? t('card.deletedMember'), date: formatDate(report.request.createdAt, i18n.language) })}
          </p>
        </div>
      ) : null}

      <div className="report-subject">
        <h3>{t('card.sender')}</h3>
        <p className="report-person">
          <MemberName member={report.subject} fallback={subjectName} />
        </p>
        <OtherReports report={report} name={subjectName} />
      </div>

      {isOpen ? (
        <div className="report-actions" role="group" aria-label={t('actions.label')}>
          <ReportDecision report={report} subjectName={subjectName} onResolved={onResolved} />
          {report.subject?.username && !report.subject.suspended ? (
            <SendMessageButton username={report.subject.username} name={report.subject.name} />
          ) : null}
        </div>
      ) : (
        <div className="report-outcome">
          <p>
            {report.resolvedAt
              ? t(report.resolvedBy ? 'card.decided' : 'card.decidedAnonymous', {
                  status: t(`status.${report.status}`),
                  name: report.resolvedBy?.name,
                  date: formatDateTime(report.resolvedAt, i18n.language),
                })
              : t(`status.${report.status}`)}
          </p>
          {report.note ? (
            <p>
              <strong>{t('card.note')}:</strong> {report.note}
            </p>
          ) : null}
        </div>
      )}
    </article>
  );
}

/** A member's name, linked to their profile, with what the office should know at a glance. */
function MemberName({ member, fallback }: { member: ModerationMember | null; fallback: string }) {
  const { t } = useTranslation('moderation');
  if (!member) return <span>{fallback}</span>;
  return (
    <>
      {member.username ? <Link to={memberPath(member.username)}>{t('card.profile', { name: member.name })}</Link> : <span>{member.name}</span>}
      {member.isAdmin ? <span className="report-badge">{t('card.alumniOffice')}</span> : null}
      {member.suspended ? <span className="report-badge report-badge-suspended">{t('card.suspended')}</span> : null}
    </>
  );
}

function OtherReports({ report, name }: { report: ModerationReport; name: string }) {
  const { t, i18n } = useTranslation('moderation');
  if (!report.subject) return null;
  const { total, items } = report.otherReports;
  return (
    <div className="report-history">
      <p>{t('card.otherReports', { count: total, name })}</p>
      {items.length ? (
        <ul>
          {items.map((other) => (
            <li key={other.id}>
              {formatDate(other.createdAt, i18n.language)}: {t(other.about === 'message' ? 'card.aboutMessage' : 'card.aboutRequest')},{' '}
              {t(`reasons.${other.reason}`)} — {t(`status.${other.status}`)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A message of the conversation; the reported one stands out, by colour and in words. */
function ContextMessage({ message, isReported = false }: { message: ModerationMessage; isReported?: boolean }) {
  const { t, i18n } = useTranslation('moderation');
  return (
    <li className={['report-message', isReported ? 'is-reported' : '', message.fromSubject ? 'is-subject' : ''].filter(Boolean).join(' ')}>
      {isReported ? <strong className="report-message-flag">{t('card.reportedMessage')}</strong> : null}
      <p className="report-message-meta">
        <span className="report-message-sender">{message.senderName ?? t('card.deletedMember')}</span>
        {message.kind !== 'message' ? <span> · {t(`card.kind.${message.kind}`)}</span> : null}
        <span> · {formatDateTime(message.createdAt, i18n.language)}</span>
      </p>
      {message.removed || message.body === null ? (
        <p className="report-message-removed">{t('card.removed')}</p>
      ) : (
        <p className="report-message-body">{message.body}</p>
      )}
    </li>
  );
}
