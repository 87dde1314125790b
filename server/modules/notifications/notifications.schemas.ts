// The shapes this module's routes speak, shared with the web client through contract/.
export {
  MarkReadResultSchema,
  MarkReadSchema,
  NotificationListQuerySchema,
  NotificationListSchema,
  NotificationSchema,
} from '../../../contract/notifications';
