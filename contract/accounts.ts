import { z } from 'zod';
import { LANGUAGES } from './i18n';
import { RoleSchema } from './me';
import { isCommonPassword } from './passwords';
import { lineText } from './text';

export const USERNAME_MIN = 3;
export const USERNAME_MAX = 30;
export const USERNAME_PATTERN = /^[A-Za-z0-9._-]{3,30}$/;
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;
/** How long a password-reset link works. The forgot-password page and the reset mail say "an hour": change them with it. */
export const PASSWORD_RESET_LINK_EXPIRES_IN_S = 60 * 60;
export const EARLIEST_YEAR = 1940;

const currentYear = () => new Date().getUTCFullYear();
const name = lineText().min(1).max(100);
const year = z.number().int().min(EARLIEST_YEAR);

export const UsernameSchema = z
  .string()
  .trim()
  .regex(USERNAME_PATTERN, { message: 'username_invalid' });

export const PasswordSchema = z
  .string()
  .min(PASSWORD_MIN, { message: 'password_too_short' })
  .max(PASSWORD_MAX, { message: 'password_too_long' })
  .refine((value) => !isCommonPassword(value), { message: 'password_too_common' });

/** Age in whole years on `today` for an ISO date of birth. */
export function ageOn(dateOfBirth: string, today = new Date()): number {
  const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number, number];
  let age = today.getUTCFullYear() - y;
  if (today.getUTCMonth() + 1 < m || (today.getUTCMonth() + 1 === m && today.getUTCDate() < d)) age -= 1;
  return age;
}

const dateOfBirth = z.iso.date().refine((value) => {
  const age = ageOn(value);
  return age >= 15 && age <= 110;
}, { message: 'date_of_birth_invalid' });

/** What every new member tells us about themselves, however they sign in. */
const memberFields = {
  role: RoleSchema,
  dateOfBirth,
  username: UsernameSchema,
  studyProgramme: lineText().min(2).max(120).optional(),
  startYear: year.optional(),
  graduationYear: year.optional(),
  language: z.enum(LANGUAGES).optional(),
};

type StudyFields = { role: z.infer<typeof RoleSchema>; studyProgramme?: string; startYear?: number; graduationYear?: number };

/** Students and alumni give their study programme and start year; alumni also their graduation year. */
function checkStudies(value: StudyFields, ctx: z.RefinementCtx): void {
  const thisYear = currentYear();
  const studies = value.role === 'student' || value.role === 'alumnus';
  if (studies && !value.studyProgramme) ctx.addIssue({ code: 'custom', path: ['studyProgramme'], message: 'required' });
  if (studies && value.startYear === undefined) ctx.addIssue({ code: 'custom', path: ['startYear'], message: 'required' });
  if (value.startYear !== undefined && value.startYear > thisYear) {
    ctx.addIssue({ code: 'custom', path: ['startYear'], message: 'year_in_future' });
  }
  if (value.role === 'alumnus' && value.graduationYear === undefined) {
    ctx.addIssue({ code: 'custom', path: ['graduationYear'], message: 'required' });
  }
  if (value.role !== 'alumnus' && value.graduationYear !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['graduationYear'], message: 'only_for_alumni' });
  }
  if (value.graduationYear !== undefined) {
    if (value.graduationYear > thisYear) ctx.addIssue({ code: 'custom', path: ['graduationYear'], message: 'year_in_future' });
    if (value.startYear !== undefined && value.graduationYear < value.startYear) {
      ctx.addIssue({ code: 'custom', path: ['graduationYear'], message: 'graduation_before_start' });
    }
  }
}

/**
 * Registration with email and password. Students and alumni give their study programme and
 * start year; alumni also their graduation year. Field errors carry a message key.
 */
export const RegisterSchema = z
  .object({
    ...memberFields,
    firstName: name,
    familyName: name,
    email: z.email().max(254).transform((value) => value.toLowerCase()),
    password: PasswordSchema,
    /**
     * The token of an invitation link from the alumni office: the account is then an alumnus's,
     * whatever `role` says, and its email address must be the one invited.
     */
    invitationToken: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, { message: 'invitation_invalid' }).optional(),
  })
  .superRefine((value, ctx) => {
    checkStudies(value, ctx);
    if (value.password.toLowerCase().includes(value.username.toLowerCase())) {
      ctx.addIssue({ code: 'custom', path: ['password'], message: 'password_contains_username' });
    }
  })
  .meta({ id: 'Register' });

export type RegisterInput = z.infer<typeof RegisterSchema>;

/**
 * What registration asks and an identity provider does not give, asked once after registering
 * through the provider. The names are needed only where the provider left them out.
 */
export const OnboardingSchema = z
  .object({
    ...memberFields,
    firstName: name.optional(),
    familyName: name.optional(),
  })
  .superRefine(checkStudies)
  .meta({ id: 'Onboarding' });

export type OnboardingInput = z.infer<typeof OnboardingSchema>;
