import { z } from 'zod';
import { LANGUAGES } from './i18n';
import { RoleSchema } from './me';
import { isCommonPassword } from './passwords';

export const USERNAME_MIN = 3;
export const USERNAME_MAX = 30;
export const USERNAME_PATTERN = /^[A-Za-z0-9._-]{3,30}$/;
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;
export const EARLIEST_YEAR = 1940;

const currentYear = () => new Date().getUTCFullYear();
const name = z.string().trim().min(1).max(100);
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

/**
 * Registration with email and password. Students and alumni give their study programme and
 * start year; alumni also their graduation year. Field errors carry a message key.
 */
export const RegisterSchema = z
  .object({
    role: RoleSchema,
    firstName: name,
    familyName: name,
    dateOfBirth: z.iso.date().refine((value) => {
      const age = ageOn(value);
      return age >= 15 && age <= 110;
    }, { message: 'date_of_birth_invalid' }),
    username: UsernameSchema,
    email: z.email().max(254).transform((value) => value.toLowerCase()),
    password: PasswordSchema,
    studyProgramme: z.string().trim().min(2).max(120).optional(),
    startYear: year.optional(),
    graduationYear: year.optional(),
    language: z.enum(LANGUAGES).optional(),
  })
  .superRefine((value, ctx) => {
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
    if (value.password.toLowerCase().includes(value.username.toLowerCase())) {
      ctx.addIssue({ code: 'custom', path: ['password'], message: 'password_contains_username' });
    }
  })
  .meta({ id: 'Register' });

export type RegisterInput = z.infer<typeof RegisterSchema>;
