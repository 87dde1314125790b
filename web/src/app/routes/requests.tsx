import { useParams } from 'react-router';
import { RequestsPage } from '../../features/mentoring/components/requests-page';

/** /requests (the list) and /requests/:id (the list with one request open — where mails link to). */
export function RequestsRoute() {
  const { id } = useParams();
  return <RequestsPage openId={id ?? null} />;
}
