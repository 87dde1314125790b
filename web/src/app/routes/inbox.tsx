import { useParams } from 'react-router';
import { InboxPage, ThreadPage } from '../../features/inbox';

/** /inbox — the member's conversations. */
export function InboxRoute() {
  return <InboxPage />;
}

/** /inbox/:id — one conversation (where the message mails and notifications link to). */
export function ConversationRoute() {
  const { id = '' } = useParams();
  // A new page for every conversation, so nothing of the previous one lingers.
  return <ThreadPage key={id} id={id} />;
}
