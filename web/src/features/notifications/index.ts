// What other features use of the notifications feature (ADR 0020: features meet only through index.ts).
export { notificationsQueryKey } from './api/get-notifications';
