import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MentorCapacity, MentoringRequest, RequestList } from '../../../../../contract/mentoring';
import { Avatar } from '../../../components/ui/avatar';
import { formatDate } from '../../../lib/format';
import { paths, requestPath } from '../../../lib/paths';
import { type Direction, firstLine, sortRequests } from './request-rules';
import { StatusLabel } from './status-label';

/** The left-hand side of Requests: one tab's requests, waiting ones first, then the newest. */
export function RequestListPane({ tab, list, openId }: { tab: Direction; list: RequestList; openId: string | null }) {
  const { t } = useTranslation('requests');
  const items = sortRequests(list.items.filter((request) => request.direction === tab));
  return (
    <section className="request-list-pane" aria-labelledby="request-list-heading">
      <h2 id="request-list-heading" className="visually-hidden">
        {t(`page.listHeading.${tab}`)}
      </h2>
      {tab === 'incoming' && list.capacity ? <CapacityLine capacity={list.capacity} /> : null}
      {items.length ? (
        <>
          <p className="request-list-order">{t('page.order')}</p>
          <ul className="request-list">
            {items.map((request) => (
              <RequestRow key={request.id} request={request} tab={tab} isOpen={request.id === openId} />
            ))}
          </ul>
        </>
      ) : (
        <EmptyList tab={tab} hasMentorProfile={Boolean(list.capacity)} />
      )}
    </section>
  );
}

function RequestRow({ request, tab, isOpen }: { request: MentoringRequest; tab: Direction; isOpen: boolean }) {
  const { i18n } = useTranslation('requests');
  const person = request.direction === 'incoming' ? request.mentee : request.mentor;
  return (
    <li>
      <Link className="request-row" to={`${requestPath(request.id)}?tab=${tab}`} aria-current={isOpen ? 'page' : undefined}>
        <Avatar person={person} />
        <span className="request-row-text">
          <span className="request-row-top">
            <span className="request-row-name">{person.name}</span>
            <time className="request-row-date" dateTime={request.createdAt}>
              {formatDate(request.createdAt, i18n.language)}
            </time>
          </span>
          <StatusLabel status={request.status} />
          <span className="request-row-motivation">{firstLine(request.motivation)}</span>
        </span>
      </Link>
    </li>
  );
}

/** "2 of 3 places taken", and whether mentoring is paused: what decides if a request can be accepted. */
export function CapacityLine({ capacity }: { capacity: MentorCapacity }) {
  const { t } = useTranslation('requests');
  return (
    <p className={capacity.isFull ? 'request-capacity is-full' : 'request-capacity'}>
      {t('capacity.taken', { count: capacity.maxMentees, active: capacity.activeMentees })}
      {capacity.isPaused ? ` ${t('capacity.paused')}` : ''}
    </p>
  );
}

/** An empty tab says what would fill it, and where to go for that. */
function EmptyList({ tab, hasMentorProfile }: { tab: Direction; hasMentorProfile: boolean }) {
  const { t } = useTranslation('requests');
  if (tab === 'outgoing') {
    return (
      <div className="request-empty">
        <p>{t('empty.outgoing')}</p>
        <Link to={paths.search}>{t('empty.findMentor')}</Link>
      </div>
    );
  }
  if (hasMentorProfile) {
    return (
      <div className="request-empty">
        <p>{t('empty.incoming')}</p>
        <Link to={paths.profileMentor}>{t('empty.completeProfile')}</Link>
      </div>
    );
  }
  // The Incoming tab without a mentor profile exists only for members who can mentor (requestTabs).
  return (
    <div className="request-empty">
      <p>{t('empty.incomingAlumnus')}</p>
      <Link to={paths.profileMentor}>{t('empty.becomeMentor')}</Link>
    </div>
  );
}
