import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MentoringRequest } from '../../../../../contract/mentoring';
import { Avatar } from '../../../components/ui/avatar';
import { formatDate } from '../../../lib/format';
import { requestPath } from '../../../lib/paths';
import { personOf, programmeLine } from './mentorship-facts';

/**
 * Open requests as a short list, each a link to the request page: incoming ones name the mentee
 * ("From …"), outgoing ones the mentor ("To …"), with the status and the day it was sent.
 */
export function RequestItems({ items }: { items: MentoringRequest[] }) {
  const { t, i18n } = useTranslation('mentoring');
  return (
    <ul className="request-items">
      {items.map((request) => {
        const isIncoming = request.direction === 'incoming';
        const person = isIncoming ? request.mentee : request.mentor;
        const programme = isIncoming ? programmeLine(t, person) : null;
        return (
          <li key={request.id} className="request-item">
            <Avatar person={personOf(person)} />
            <div className="request-item-body">
              <Link className="request-item-link" to={requestPath(request.id)}>
                {t(isIncoming ? 'dashboard.incoming.from' : 'dashboard.outgoing.to', { name: person.name })}
              </Link>
              {programme ? <p className="mentorship-person-line">{programme}</p> : null}
              <p className="mentorship-person-line">
                <span className={`status-badge status-${request.status}`}>{t(`status.${request.status}`)}</span>{' '}
                <time dateTime={request.createdAt}>
                  {t(isIncoming ? 'dashboard.incoming.sent' : 'dashboard.outgoing.sent', {
                    date: formatDate(request.createdAt, i18n.language),
                  })}
                </time>
              </p>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
