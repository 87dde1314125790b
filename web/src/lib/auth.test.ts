import { describe, expect, it } from 'vitest';
import { MeSchema } from '../../../contract/me';
import type { PersonalProfile } from '../../../contract/profile';
import { toMe } from './auth';

describe('toMe', () => {
  it('keeps exactly what MeSchema keeps of a personal profile, without loading the schema in the browser', () => {
    const profile = {
      id: 'u1',
      username: 'ada',
      displayUsername: 'Ada',
      email: 'ada@example.org',
      name: 'Ada Lovelace',
      firstName: 'Ada',
      familyName: 'Lovelace',
      image: null,
      role: 'alumnus',
      isAdmin: false,
      language: 'nl',
      showEmail: true,
      emailNotifications: false,
      needsOnboarding: false,
      // Profile fields the account leaves out.
      bio: 'Mathematician',
      linkedinUrl: null,
    } as unknown as PersonalProfile;
    expect(toMe(profile)).toEqual(MeSchema.parse(profile));
  });
});
