import { createHash, randomBytes } from 'node:crypto';
import type {
  Member,
  MemberAbilities,
  PersonalProfile,
  ProfileFields,
  StartEmailChange,
  UpdateProfile,
  UpdateSettings,
} from '../../../contract/profile';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { uniqueViolation } from '../../lib/db-errors';
import { errors } from '../../lib/errors';
import {
  type UserRow,
  confirmIdentity,
  findMember,
  findMemberByUsername,
  hasPassword,
  isEmailTaken,
  saveEmailChange,
  takeEmailChange,
  toMe,
  updateMember,
} from '../accounts/accounts.service';
import { placeChanges } from '../accounts/places.service';
import { notify } from '../notifications/notifications.service';
import { enqueueMail } from '../outbox/outbox.service';

export interface ProfileDeps {
  db: Db;
  config: Pick<Config, 'publicUrl' | 'institution'>;
  now?: () => Date;
  /**
   * What the actor may do with the member whose profile they look at (`can.*`): the Inbox's rule
   * (`inbox.service` `memberAbilitiesFor`), handed in by the routes because the inbox comes after
   * profile in MODULE_LAYERS (ADR 0020).
   */
  memberAbilities(db: Db, actor: UserRow, member: UserRow): Promise<MemberAbilities>;
}

const EMAIL_CHANGE_TTL_MS = 24 * 60 * 60 * 1000;
const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/** The member's own personal profile. */
export async function getPersonalProfile(deps: ProfileDeps, actor: UserRow): Promise<PersonalProfile> {
  return toPersonalProfile(actor, await hasPassword(deps.db, actor.id));
}

/** Updates the personal profile; the user name is not the member's to change (docs/product.md, rule 2). */
export async function updatePersonalProfile(deps: ProfileDeps, actor: UserRow, input: UpdateProfile): Promise<PersonalProfile> {
  if (input.username !== undefined) {
    throw errors.username_immutable(deps.config.institution.supportEmail);
  }
  const { username: _ignored, city, country, languages, ...changes } = input;
  assertSomethingToChange({ ...changes, ...definedOnly({ city, country, languages }) });
  const places = await placeChanges(deps.db, actor.id, { city, country, languages });
  const firstName = changes.firstName ?? actor.firstName;
  const familyName = changes.familyName ?? actor.familyName;
  const updated = (await updateMember(deps.db, actor.id, {
    ...changes,
    ...places,
    ...(firstName && familyName ? { name: `${firstName} ${familyName}` } : {}),
  }))!;
  return getPersonalProfile(deps, updated);
}

/** Email visibility, email notifications and language (docs/product.md, rule 6). */
export async function updateSettings(deps: ProfileDeps, actor: UserRow, input: UpdateSettings): Promise<PersonalProfile> {
  assertSomethingToChange(input);
  return getPersonalProfile(deps, (await updateMember(deps.db, actor.id, input))!);
}

const definedOnly = <T extends object>(values: T): Partial<T> =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;

/** An update without a single known field is a mistake on the caller's side (and an UPDATE with nothing to set fails). */
function assertSomethingToChange(changes: object): void {
  if (Object.keys(changes).length === 0) {
    throw errors.validation_failed('Nothing to change: send at least one field.');
  }
}

/**
 * Starts an email change (docs/product.md, rule 5): a single-use link goes to the new address and the change takes
 * effect only when it is followed.
 */
export async function startEmailChange(
  deps: ProfileDeps,
  actor: UserRow,
  sessionToken: string,
  input: StartEmailChange,
): Promise<void> {
  if (input.newEmail === actor.email.toLowerCase()) {
    throw errors.email_unchanged();
  }
  await confirmIdentity(deps.db, { id: actor.id, sessionToken }, input.currentPassword, deps.now?.());
  if (await isEmailTaken(deps.db, input.newEmail)) {
    throw errors.email_taken('newEmail');
  }
  const token = randomBytes(32).toString('base64url');
  const now = deps.now?.() ?? new Date();
  await deps.db.transaction(async (tx) => {
    await saveEmailChange(tx, {
      userId: actor.id,
      newEmail: input.newEmail,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + EMAIL_CHANGE_TTL_MS),
    });
    await enqueueMail(tx, {
      to: input.newEmail,
      language: toMe(actor).language,
      template: 'email_change_confirm',
      data: { url: `${deps.config.publicUrl}/confirm-email?token=${token}`, newEmail: input.newEmail },
      name: actor.firstName ?? undefined,
    });
  });
}

/** Follows an email-change link: the new address becomes the login and notification address. */
export async function confirmEmailChange(deps: ProfileDeps, token: string): Promise<void> {
  const now = deps.now?.() ?? new Date();
  try {
    await deps.db.transaction(async (tx) => {
      const change = await takeEmailChange(tx, hashToken(token), now);
      if (!change) throw errors.invalid_token();
      const before = await findMember(tx, change.userId);
      if (!before) throw errors.invalid_token();
      await updateMember(tx, change.userId, { email: change.newEmail, emailVerified: true });
      await notify(tx, { userId: change.userId, type: 'email_changed', data: { newEmail: change.newEmail } });
      await enqueueMail(tx, {
        to: before.email,
        language: toMe(before).language,
        template: 'email_changed_old_address',
        data: { newEmail: change.newEmail },
        name: before.firstName ?? undefined,
      });
    });
  } catch (error) {
    if (uniqueViolation(error) === 'users_email_unique') {
      throw errors.email_taken('newEmail');
    }
    throw error;
  }
}

/** Another member's profile as any signed-in member sees it (docs/product.md, rule 6: email only if shown). */
export async function getMember(deps: ProfileDeps, actor: UserRow, username: string): Promise<Member> {
  const member = await findMemberByUsername(deps.db, username);
  if (!member || member.role === null) throw errors.not_found('The member');
  return toMember(member, member.id === actor.id, await deps.memberAbilities(deps.db, actor, member));
}

export function toMember(user: UserRow, isSelf: boolean, can: MemberAbilities): Member {
  return {
    can,
    username: user.username ?? '',
    displayUsername: user.displayUsername ?? user.username ?? '',
    name: user.name,
    firstName: user.firstName,
    familyName: user.familyName,
    image: user.image,
    role: user.role,
    email: user.showEmail || isSelf ? user.email : null,
    ...profileFields(user),
  };
}

function toPersonalProfile(user: UserRow, hasPassword: boolean): PersonalProfile {
  return {
    ...toMe(user),
    dateOfBirth: user.dateOfBirth,
    ...profileFields(user),
    hasPassword,
    unmatchedPlaces: { country: user.unmatchedCountry, languages: user.unmatchedLanguages },
  };
}

function profileFields(user: UserRow): ProfileFields {
  return {
    studyProgramme: user.studyProgramme,
    startYear: user.startYear,
    graduationYear: user.graduationYear,
    headline: user.headline,
    bio: user.bio,
    jobTitle: user.jobTitle,
    employer: user.employer,
    city: user.city,
    country: user.country,
    languages: user.languages,
    linkedinUrl: user.linkedinUrl,
  };
}
