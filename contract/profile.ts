import { z } from 'zod';
import { PasswordSchema } from './accounts';
import { LANGUAGES } from './i18n';
import { MeSchema, RoleSchema } from './me';
import { UnmatchedPlacesSchema, countryField, countryOutput, languagesField, languagesOutput } from './places';
import { lineCharacters, lineText, optionalText } from './text';

export const PROFILE_LIMITS = { headline: 120, bio: 2000, jobTitle: 120, employer: 120, city: 80 } as const;
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
/** Width × height a photo may have: a 24-megapixel camera's, and far more than the 512 × 512 kept. */
export const MAX_PHOTO_PIXELS = 25_000_000;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

/** What other members see of anyone's studies, work and whereabouts. */
const ProfileFieldsSchema = z.object({
  studyProgramme: z.string().nullable(),
  startYear: z.number().int().nullable(),
  graduationYear: z.number().int().nullable(),
  headline: z.string().nullable(),
  bio: z.string().nullable(),
  jobTitle: z.string().nullable(),
  employer: z.string().nullable(),
  city: z.string().nullable(),
  country: countryOutput(),
  languages: languagesOutput(),
  linkedinUrl: z.string().nullable(),
});
export type ProfileFields = z.infer<typeof ProfileFieldsSchema>;

/** The member's own personal profile: their account plus what others see of them. */
export const PersonalProfileSchema = MeSchema.extend({
  dateOfBirth: z.string().nullable(),
  ...ProfileFieldsSchema.shape,
  hasPassword: z.boolean(),
  unmatchedPlaces: UnmatchedPlacesSchema,
}).meta({ id: 'PersonalProfile' });

export const UpdateProfileSchema = z
  .object({
    firstName: lineText().min(1).max(100).optional(),
    familyName: lineText().min(1).max(100).optional(),
    headline: optionalText(PROFILE_LIMITS.headline),
    bio: optionalText(PROFILE_LIMITS.bio, { multiLine: true }),
    jobTitle: optionalText(PROFILE_LIMITS.jobTitle),
    employer: optionalText(PROFILE_LIMITS.employer),
    city: optionalText(PROFILE_LIMITS.city),
    country: countryField(),
    languages: languagesField(),
    linkedinUrl: z
      .union([
        z.literal('').transform(() => null),
        // The URL parser accepts control characters (it encodes them); the text stored would keep them.
        z.url().check(lineCharacters()).regex(/^https:\/\/([a-z]{2,3}\.)?linkedin\.com\//i, { message: 'linkedin_url_invalid' }),
      ])
      .nullable()
      .optional(),
    username: z.unknown().optional().meta({
      description: 'Not writable: a member cannot change their own user name (403 username_immutable); the alumni office can.',
    }),
  })
  .meta({ id: 'UpdateProfile' });

export const UpdateSettingsSchema = z
  .object({
    showEmail: z.boolean().optional(),
    emailNotifications: z.boolean().optional(),
    language: z.enum(LANGUAGES).optional(),
  })
  .meta({ id: 'UpdateSettings' });

export const StartEmailChangeSchema = z
  .object({
    newEmail: z.email().max(254).transform((value) => value.toLowerCase()),
    /** Required when the account has a password. */
    currentPassword: z.string().max(200).optional(),
  })
  .meta({ id: 'StartEmailChange' });

export const ConfirmEmailChangeSchema = z.object({ token: z.string().min(10).max(200) }).meta({ id: 'ConfirmEmailChange' });

export const ChangePasswordSchema = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword: PasswordSchema })
  .meta({ id: 'ChangePassword' });

/** The answer to a password or email change that took effect. */
export const ChangedSchema = z.object({ status: z.literal('changed') });

/** The answer to `POST /api/me/email-change`: the link is on its way to the new address. */
export const EmailChangePendingSchema = z.object({ status: z.literal('pending') });

/** The answer to a photo upload: the URL of the stored copy. */
export const PhotoResultSchema = z.object({ image: z.string() });

/** What the signed-in member may do with the member whose profile they look at. */
export const MemberAbilitiesSchema = z
  .object({
    /**
     * "Send message": writing to them would be accepted now — they are a listed mentor, the two
     * have or had a request, mentorship or conversation, or the signed-in member is an admin; never
     * oneself, a suspended member, or a member who blocked the signed-in one (who is not told why).
     */
    message: z.boolean(),
  })
  .meta({ id: 'MemberAbilities' });

/** What any signed-in member sees of another; the email only when its owner shows it. */
export const MemberSchema = z
  .object({
    username: z.string(),
    displayUsername: z.string(),
    name: z.string(),
    firstName: z.string().nullable(),
    familyName: z.string().nullable(),
    image: z.string().nullable(),
    role: RoleSchema.nullable(),
    email: z.string().nullable(),
    ...ProfileFieldsSchema.shape,
    can: MemberAbilitiesSchema,
  })
  .meta({ id: 'Member' });

export type PersonalProfile = z.infer<typeof PersonalProfileSchema>;
export type UpdateProfile = z.infer<typeof UpdateProfileSchema>;
export type UpdateSettings = z.infer<typeof UpdateSettingsSchema>;
export type StartEmailChange = z.infer<typeof StartEmailChangeSchema>;
export type ChangePassword = z.infer<typeof ChangePasswordSchema>;
export type Member = z.infer<typeof MemberSchema>;
export type MemberAbilities = z.infer<typeof MemberAbilitiesSchema>;
