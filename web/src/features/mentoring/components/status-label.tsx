import { useTranslation } from 'react-i18next';
import type { RequestStatus } from '../../../../../contract/mentoring';

/** A request's status in words, coloured by what it means (waiting, accepted, declined, ended). */
export function StatusLabel({ status }: { status: RequestStatus }) {
  const { t } = useTranslation('mentoring');
  return <span className={`request-status request-status-${status}`}>{t(`status.${status}`)}</span>;
}
