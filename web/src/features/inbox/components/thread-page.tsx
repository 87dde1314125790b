import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Conversation, Message } from '../../../../../contract/inbox';
import { Avatar } from '../../../components/ui/avatar';
import { Button } from '../../../components/ui/button';
import { LinkedText } from '../../../components/ui/linked-text';
import { Notice } from '../../../components/ui/notice';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../i18n/error-message';
import { isApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { usePageTitle } from '../../../lib/page-title';
import { memberPath, paths } from '../../../lib/paths';
import { useMarkRead, useThread } from '../api/thread';
import { BlockButton } from './block-button';
import { Composer } from './composer';
import { partnerAvatar, partnerName } from './partner';
import { ReportButton } from './report-button';

/**
 * One conversation: its messages, oldest first (older pages on demand), and the composer. Opening
 * it marks it read, and so does every message that arrives while it is open and the tab shown.
 */
export function ThreadPage({ id }: { id: string }) {
  const { t } = useTranslation('inbox');
  const { t: tCommon } = useTranslation();
  const thread = useThread(id);
  const conversation = thread.data?.pages[0]?.conversation;
  usePageTitle(conversation ? partnerName(t, conversation.other) : t('title'));
  useMarkReadWhileOpen(id, conversation);

  const back = (
    <Link className="back-link" to={paths.inbox}>
      ← {t('thread.back')}
    </Link>
  );
  if (thread.isPending) {
    return (
      <>
        {back}
        <h1 className="visually-hidden">{t('title')}</h1>
        <Spinner label={t('thread.loading')} />
      </>
    );
  }
  if (thread.error && !thread.data) {
    // Not a conversation (or not one of mine) is a 404; a malformed id a 400.
    const isMissing = isApiError(thread.error, 'not_found') || isApiError(thread.error, 'validation_failed');
    return (
      <>
        {back}
        <h1>{t('title')}</h1>
        <Notice tone="error">
          <p>{isMissing ? t('thread.notFound') : errorMessage(tCommon, thread.error)}</p>
        </Notice>
      </>
    );
  }
  if (!conversation) return null;
  // The pages come newest first, each oldest first within.
  const messages = [...thread.data.pages].reverse().flatMap((page) => page.items);
  return (
    <>
      {back}
      <ThreadHeader conversation={conversation} />
      <section className="thread" aria-labelledby="thread-messages">
        <h2 id="thread-messages" className="visually-hidden">
          {t('thread.messages')}
        </h2>
        {thread.hasNextPage ? (
          <p className="thread-older">
            {thread.isFetchingNextPage ? (
              <Spinner label={t('thread.loadingOlder')} />
            ) : (
              <Button variant="quiet" onClick={() => void thread.fetchNextPage()}>
                {t('thread.older')}
              </Button>
            )}
          </p>
        ) : null}
        <MessageList conversation={conversation} messages={messages} />
      </section>
      {conversation.can.send ? (
        <Composer conversationId={conversation.id} otherName={partnerName(t, conversation.other)} onSent={scrollToEnd} />
      ) : (
        <Notice>
          <p>{conversation.other.userId ? t('thread.cannotSend') : t('thread.cannotSendDeleted')}</p>
        </Notice>
      )}
    </>
  );
}

/**
 * Marks the conversation read when it has unread messages and the member can see them: once for
 * each newest message (a failed call is not repeated until another message arrives).
 */
function useMarkReadWhileOpen(id: string, conversation: Conversation | undefined) {
  const { mutate } = useMarkRead(id);
  const unread = conversation?.unreadCount ?? 0;
  const newestAt = conversation?.lastMessageAt ?? null;
  const marked = useRef<string | null>(null);
  const [isVisible, setVisible] = useState(() => document.visibilityState === 'visible');
  useEffect(() => {
    const update = () => setVisible(document.visibilityState === 'visible');
    document.addEventListener('visibilitychange', update);
    return () => document.removeEventListener('visibilitychange', update);
  }, []);
  useEffect(() => {
    if (unread === 0 || !isVisible || marked.current === newestAt) return;
    marked.current = newestAt;
    mutate();
  }, [unread, isVisible, newestAt, mutate]);
}

function scrollToEnd() {
  document.querySelector('.message-list > li:last-child')?.scrollIntoView({ block: 'nearest' });
}

function ThreadHeader({ conversation }: { conversation: Conversation }) {
  const { t } = useTranslation('inbox');
  const { other } = conversation;
  const name = partnerName(t, other);
  return (
    <header className="thread-header">
      <Avatar person={partnerAvatar(other)} size="large" />
      <div className="thread-header-text">
        <h1>{name}</h1>
        {other.isAlumniOffice ? <p className="conversation-tag">{t('list.alumniOffice')}</p> : null}
        {other.username && !other.isAlumniOffice ? (
          <p>
            <Link to={memberPath(other.username)}>{t('thread.profile')}</Link>
          </p>
        ) : null}
      </div>
      {other.username && !other.isAlumniOffice ? <BlockButton username={other.username} name={name} className="thread-block" /> : null}
    </header>
  );
}

/**
 * The messages, each with its sender and time; mine say whether they were read, the others' have
 * the Report button. A message that arrives while the page is open is read out (a live region
 * of its own, so loading older messages is not).
 */
function MessageList({ conversation, messages }: { conversation: Conversation; messages: Message[] }) {
  const { t } = useTranslation('inbox');
  const otherName = partnerName(t, conversation.other);
  const newest = messages.at(-1);
  // The newest message shown so far; one that comes after it from the other member is announced.
  const [shownNewest, setShownNewest] = useState(newest?.id ?? null);
  const [arrived, setArrived] = useState<Message | null>(null);
  if (newest && newest.id !== shownNewest) {
    setShownNewest(newest.id);
    if (!newest.fromMe) setArrived(newest);
  }
  const newestId = newest?.id;
  useEffect(() => {
    // On opening and with each new message, the newest is in view (above the composer).
    if (!newestId) return;
    // After the layout has put focus on the heading (which scrolls it into view) on opening.
    const frame = requestAnimationFrame(scrollToEnd);
    return () => cancelAnimationFrame(frame);
  }, [newestId]);

  return (
    <>
      <ol className="message-list">
        {messages.map((message) => (
          <MessageItem key={message.id} message={message} otherName={otherName} />
        ))}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {arrived ? `${t('thread.newMessage', { name: otherName })}: ${arrived.body ?? t('thread.removed')}` : ''}
      </p>
    </>
  );
}

function MessageItem({ message, otherName }: { message: Message; otherName: string }) {
  const { t, i18n } = useTranslation('inbox');
  const sender = message.fromMe ? t('thread.you') : otherName;
  return (
    <li className={message.fromMe ? 'message is-mine' : 'message is-theirs'}>
      <div className="message-bubble">
        <p className="message-meta">
          <span className="message-sender">{sender}</span>
          {message.kind === 'message' ? null : <span className="message-kind">{t(`thread.kind.${message.kind}`)}</span>}
          <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, i18n.language)}</time>
        </p>
        {message.removed ? (
          <p className="message-removed">{t('thread.removed')}</p>
        ) : (
          <LinkedText className="message-body" text={message.body ?? ''} />
        )}
      </div>
      {message.fromMe ? (
        <p className={message.read ? 'message-state is-read' : 'message-state'}>{message.read ? t('thread.read') : t('thread.delivered')}</p>
      ) : message.can.report || message.reported ? (
        <ReportButton
          subject={{ kind: 'message', id: message.id, conversationId: message.conversationId }}
          authorName={otherName}
          reported={message.reported}
        />
      ) : null}
    </li>
  );
}
