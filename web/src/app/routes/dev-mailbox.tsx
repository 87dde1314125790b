import { useTranslation } from 'react-i18next';
import { Mailbox } from '../../features/dev-mailbox/components/mailbox';
import { usePageTitle } from '../../lib/page-title';
import { useSite } from '../../lib/site';
import { NotFoundRoute } from './not-found';

/** The development mailbox, which does not exist where the site says so (in production). */
export function DevMailboxRoute() {
  const site = useSite();
  return site.devMailbox ? <MailboxPage /> : <NotFoundRoute />;
}

function MailboxPage() {
  const { t } = useTranslation();
  usePageTitle(t('mailbox.title'));
  return <Mailbox />;
}
