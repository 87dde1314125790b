import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Conversation } from '../../../../../contract/inbox';
import { Avatar } from '../../../components/ui/avatar';
import { Button } from '../../../components/ui/button';
import { Notice } from '../../../components/ui/notice';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../i18n/error-message';
import { formatDateTime } from '../../../lib/format';
import { usePageTitle } from '../../../lib/page-title';
import { conversationPath } from '../../../lib/paths';
import { useConversations } from '../api/conversations';
import { partnerAvatar, partnerName } from './partner';

/** The Inbox (docs/product.md, rule 17): my conversations, newest first, with what is unread. */
export function InboxPage() {
  const { t } = useTranslation('inbox');
  const { t: tCommon } = useTranslation();
  const conversations = useConversations();
  usePageTitle(t('title'));
  const items = conversations.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      {conversations.isPending ? <Spinner label={t('loading')} /> : null}
      {conversations.error && !conversations.data ? (
        <Notice tone="error">
          <p>{errorMessage(tCommon, conversations.error)}</p>
        </Notice>
      ) : null}
      {conversations.data && items.length === 0 ? (
        <Notice>
          <h2 className="notice-title">{t('empty.title')}</h2>
          <p>{t('empty.text')}</p>
        </Notice>
      ) : null}
      {items.length > 0 ? (
        <ul className="conversation-list card" aria-label={t('list.label')}>
          {items.map((conversation) => (
            <ConversationRow key={conversation.id} conversation={conversation} />
          ))}
        </ul>
      ) : null}
      {conversations.hasNextPage ? (
        <p className="list-more">
          {conversations.isFetchingNextPage ? (
            <Spinner label={t('list.loadingMore')} />
          ) : (
            <Button onClick={() => void conversations.fetchNextPage()}>{t('list.more')}</Button>
          )}
        </p>
      ) : null}
    </>
  );
}

/** One conversation: who, the newest message's first line, when, and how many are unread. The whole row opens it. */
function ConversationRow({ conversation }: { conversation: Conversation }) {
  const { t, i18n } = useTranslation('inbox');
  const { other, lastMessage, unreadCount } = conversation;
  const name = partnerName(t, other);
  const preview = !lastMessage
    ? t('list.noMessages')
    : lastMessage.removed
      ? t('list.removed')
      : lastMessage.fromMe
        ? t('list.you', { text: lastMessage.preview ?? '' })
        : (lastMessage.preview ?? '');
  const isUnread = unreadCount > 0;
  return (
    <li className={isUnread ? 'conversation-row is-unread' : 'conversation-row'}>
      <Link to={conversationPath(conversation.id)} className="conversation-link">
        <Avatar person={partnerAvatar(other)} />
        <span className="conversation-text">
          <span className="conversation-top">
            <span className={other.name ? 'conversation-name' : 'conversation-name is-deleted'}>{name}</span>
            {other.isAlumniOffice ? <span className="conversation-tag">{t('list.alumniOffice')}</span> : null}
            <time className="conversation-time" dateTime={conversation.lastMessageAt}>
              {formatDateTime(conversation.lastMessageAt, i18n.language)}
            </time>
          </span>
          <span className={lastMessage?.removed ? 'conversation-preview is-removed' : 'conversation-preview'}>{preview}</span>
        </span>
        {isUnread ? <span className="unread-pill">{t('list.unread', { count: unreadCount })}</span> : null}
      </Link>
    </li>
  );
}
