// What other features and the app use of the inbox feature (ADR 0020: features meet only through index.ts).
export { useUnreadMessages } from './api/conversations';
export { BlockButton } from './components/block-button';
export { BlockedMembers } from './components/blocked-members';
export { InboxNavLabel } from './components/inbox-nav-label';
export { InboxPage } from './components/inbox-page';
export { ReportButton } from './components/report-button';
export { SendMessageButton } from './components/send-message-button';
export { ThreadPage } from './components/thread-page';
