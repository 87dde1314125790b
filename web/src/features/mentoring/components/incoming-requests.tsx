import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dashboard, MentorCapacity } from '../../../../../contract/mentoring';
import { paths } from '../../../lib/paths';
import { CapacityLine } from './capacity-line';
import { DashboardSection } from './dashboard-section';
import { RequestItems } from './request-items';

interface IncomingRequestsProps {
  requests: Dashboard['incomingRequests'];
  capacity: MentorCapacity;
  /**
   * What the mentor profile still needs before mentees find it, if anything: it then stands in for
   * the empty text, which tells how mentees find a mentor.
   */
  children?: ReactNode;
}

/** For mentors: the requests waiting for their answer, and their places. */
export function IncomingRequests({ requests, capacity, children }: IncomingRequestsProps) {
  const { t } = useTranslation('mentoring');
  return (
    <DashboardSection id="dashboard-incoming" title={t('dashboard.incoming.heading')}>
      {children}
      {requests.count === 0 ? (
        children ? null : <p className="empty-text">{t('dashboard.incoming.empty')}</p>
      ) : (
        <>
          <p className="section-count">{t('dashboard.incoming.count', { count: requests.count })}</p>
          <RequestItems items={requests.items} />
          <p>
            <Link to={paths.requests}>{t('dashboard.incoming.all')}</Link>
          </p>
        </>
      )}
      <CapacityLine capacity={capacity} />
    </DashboardSection>
  );
}
