import type { TFunction } from 'i18next';
import type { ConversationPartner } from '../../../../../contract/inbox';

/** The other member's name as the Inbox writes it: "Deleted member" once they deleted their account. */
export const partnerName = (t: TFunction<'inbox'>, other: ConversationPartner): string => other.name ?? t('deletedMember');

/** What the avatar needs: a deleted member has no photo and shows no initials of a name they no longer have. */
export const partnerAvatar = (other: ConversationPartner) => ({ name: other.name ?? '?', image: other.image });
