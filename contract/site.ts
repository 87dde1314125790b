import { z } from 'zod';
import { LANGUAGES } from './i18n';

export const SiteSchema = z
  .object({
    institution: z.object({
      name: z.string(),
      supportEmail: z.string(),
      accentColor: z.string(),
      logoUrl: z.string().optional(),
    }),
    languages: z.array(z.enum(LANGUAGES)),
    defaultLanguage: z.enum(LANGUAGES),
    /** The locale whose way of writing dates each page language uses (English: DATE_LOCALE_EN, en-GB by default). */
    dateLocales: z.record(z.enum(LANGUAGES), z.string()),
    /** Configured sign-in providers: one "Register with" and "Sign in with" button each. */
    identityProviders: z.array(z.object({ id: z.string(), name: z.string() })),
    /** The development mailbox page exists (never in production). */
    devMailbox: z.boolean(),
  })
  .meta({ id: 'Site' });

export type Site = z.infer<typeof SiteSchema>;
