import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dashboard } from '../../../../../contract/mentoring';
import { paths } from '../../../lib/paths';
import { DashboardSection } from './dashboard-section';
import { RequestItems } from './request-items';

/** The member's own requests that still wait for a mentor's answer. */
export function OutgoingRequests({ requests }: { requests: Dashboard['outgoingRequests'] }) {
  const { t } = useTranslation('mentoring');
  return (
    <DashboardSection id="dashboard-outgoing" title={t('dashboard.outgoing.heading')}>
      {requests.count === 0 ? (
        <p className="empty-text">
          {t('dashboard.outgoing.empty')} <Link to={paths.search}>{t('dashboard.mentorships.search')}</Link>
        </p>
      ) : (
        <>
          <p className="section-count">{t('dashboard.outgoing.count', { count: requests.count })}</p>
          <RequestItems items={requests.items} />
        </>
      )}
    </DashboardSection>
  );
}
