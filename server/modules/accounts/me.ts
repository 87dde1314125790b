import type { Me } from '../../../contract/me';
import { isLanguage } from '../../../contract/i18n';
import type { UserRow } from './accounts.repo';

/** An account made through an identity provider has no role or user name until onboarding. */
export function needsOnboarding(user: Pick<UserRow, 'role' | 'username'>): boolean {
  return user.role === null || user.username === null;
}

/** A member's own view of their account. */
export function toMe(user: UserRow): Me {
  return {
    id: user.id,
    username: user.username,
    displayUsername: user.displayUsername,
    email: user.email,
    name: user.name,
    firstName: user.firstName,
    familyName: user.familyName,
    image: user.image,
    role: user.role,
    isAdmin: user.isAdmin,
    language: isLanguage(user.language) ? user.language : 'en',
    showEmail: user.showEmail,
    emailNotifications: user.emailNotifications,
    needsOnboarding: needsOnboarding(user),
  };
}
