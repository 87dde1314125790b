import { z } from 'zod';
import { LANGUAGES } from './i18n';

export const ROLES = ['student', 'alumnus', 'staff'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/** The signed-in member's own account, as `GET /api/me` returns it. */
export const MeSchema = z
  .object({
    id: z.string(),
    username: z.string().nullable(),
    displayUsername: z.string().nullable(),
    email: z.string(),
    name: z.string(),
    firstName: z.string().nullable(),
    familyName: z.string().nullable(),
    image: z.string().nullable(),
    role: RoleSchema.nullable(),
    isAdmin: z.boolean(),
    language: z.enum(LANGUAGES),
    showEmail: z.boolean(),
    emailNotifications: z.boolean(),
    /** True until a member who came through an identity provider has chosen role and user name. */
    needsOnboarding: z.boolean(),
  })
  .meta({ id: 'Me' });

export type Me = z.infer<typeof MeSchema>;
