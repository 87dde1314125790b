import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { RefreshIcon } from '../../../components/ui/icons';
import { Notice } from '../../../components/ui/notice';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../i18n/error-message';
import { isApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import type { DevMail } from '../../../../../contract/dev-mailbox';
import { useMailbox } from '../api/get-mailbox';
import { linkify } from '../../../lib/linkify';

/** Development only: every email the server would have sent, with its links clickable. */
export function Mailbox() {
  const { t } = useTranslation();
  const mailbox = useMailbox();

  return (
    <div className="mailbox">
      <PageHeader title={t('mailbox.title')} lead={t('mailbox.intro')}>
        <Button onClick={() => void mailbox.refetch()} disabled={mailbox.isFetching}>
          <RefreshIcon /> {t('mailbox.refresh')}
        </Button>
      </PageHeader>
      <MailboxContent {...mailbox} />
    </div>
  );
}

function MailboxContent({ data, error, isPending }: ReturnType<typeof useMailbox>) {
  const { t } = useTranslation();
  if (isPending) return <Spinner label={t('app.loading')} />;
  if (isApiError(error, 'not_found')) return <Notice>{t('mailbox.unavailable')}</Notice>;
  if (error) return <Notice tone="error">{errorMessage(t, error)}</Notice>;
  if (!data?.length) return <Notice>{t('mailbox.empty')}</Notice>;
  return (
    <>
      <p className="mailbox-count" aria-live="polite">
        {t('mailbox.count', { count: data.length })}
      </p>
      <ol className="mailbox-list">
        {data.map((message) => (
          <li key={message.id}>
            <MailboxEntry message={message} />
          </li>
        ))}
      </ol>
    </>
  );
}

function MailboxEntry({ message }: { message: DevMail }) {
  const { t, i18n } = useTranslation();
  return (
    <article className="card mail" aria-labelledby={`mail-${message.id}`}>
      <h2 id={`mail-${message.id}`}>{message.subject}</h2>
      <dl className="mail-meta">
        <div>
          <dt>{t('mailbox.to')}</dt>
          <dd>{message.to}</dd>
        </div>
        <div>
          <dt>{t('mailbox.sent')}</dt>
          <dd>
            <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, i18n.language)}</time>
          </dd>
        </div>
      </dl>
      <p className="mail-text">
        {linkify(message.text.trim()).map((part, index) =>
          part.kind === 'link' ? (
            <a key={index} href={part.href}>
              {part.href}
            </a>
          ) : (
            part.text
          ),
        )}
      </p>
    </article>
  );
}
