import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createMember, createMentor } from '../../../test/factories';
import { mentorProfiles, users } from '../../db/schema';
import { availabilityOf, profileFacts } from './mentor-cards';
import { isListable, missingForListing } from './mentors.policy';

/**
 * Search filters and orders by mentor_profiles.is_listed (a trigger) and is_available (a generated
 * column); everything else asks mentor-cards.ts and mentors.policy.ts. The two must say the same
 * for every member and every profile, or search would offer a mentor the request then refuses.
 */
describe('availability in SQL and in TypeScript', { timeout: 120_000 }, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('agree on who is listed and who is available, for every role, standing, pause and count, below, at and above the maximum', async () => {
    const { user } = await createMentor(t);
    const pausedAt = new Date('2026-02-01T00:00:00Z');
    let compared = 0;
    for (const role of ['alumnus', 'student', 'staff', null] as const) {
      for (const suspendedAt of [null, new Date('2026-01-01T00:00:00Z')]) {
        await t.database.db.update(users).set({ role, suspendedAt }).where(eq(users.id, user.id));
        for (const paused of [false, true]) {
          for (const maxMentees of [1, 2]) {
            for (const activeMentees of [0, 1, 2, 3]) {
              const [row] = await t.database.db
                .update(mentorProfiles)
                .set({ pausedAt: paused ? pausedAt : null, maxMentees, activeMentees })
                .where(eq(mentorProfiles.userId, user.id))
                .returning();
              const label = JSON.stringify({ role, suspended: suspendedAt !== null, paused, maxMentees, activeMentees });
              const listed = isListable({ role, suspendedAt }, row!);
              expect(row!.isListed, label).toBe(listed);
              expect(row!.isAvailable, label).toBe(availabilityOf({ isListed: listed, isPaused: paused, maxMentees, activeMentees }) === 'available');
              expect(row!.isAvailable, label).toBe(availabilityOf(profileFacts(row!)) === 'available');
              compared += 1;
            }
          }
        }
      }
    }
    expect(compared).toBe(4 * 2 * 2 * 2 * 4);
  });

  /**
   * A profile is listed only once it says enough for a mentee to choose (headline or approach, an
   * expertise area, a language): the trigger and missingForListing agree whichever side the field
   * is written on (the member's own record for headline and languages, the profile for the rest),
   * for alumni and others, suspended or not.
   */
  it('agree on when a profile is complete enough to be listed, for every combination of the fields a mentee needs', async () => {
    const { user } = await createMentor(t);
    let compared = 0;
    for (const role of ['alumnus', 'staff'] as const) {
      for (const suspendedAt of [null, new Date('2026-01-01T00:00:00Z')]) {
        for (const headline of [null, '  ', 'Engineer helping graduates']) {
          for (const approach of [null, 'Your first job']) {
            for (const expertise of [[], ['Data science']]) {
              for (const languages of [[], ['en']]) {
                await t.database.db.update(users).set({ role, suspendedAt, headline, languages }).where(eq(users.id, user.id));
                const [row] = await t.database.db
                  .update(mentorProfiles)
                  .set({ approach, expertise })
                  .where(eq(mentorProfiles.userId, user.id))
                  .returning();
                const label = JSON.stringify({ role, suspended: suspendedAt !== null, headline, approach, expertise, languages });
                const listed = isListable({ role, suspendedAt }, { headline, approach, expertise, languages });
                expect(row!.isListed, label).toBe(listed);
                expect(row!.isAvailable, label).toBe(listed);
                expect(missingForListing(row!).length === 0, label).toBe(missingForListing({ headline, approach, expertise, languages }).length === 0);
                compared += 1;
              }
            }
          }
        }
      }
    }
    expect(compared).toBe(2 * 2 * 3 * 2 * 2 * 2);
  });

  it('lists a new profile only once its owner has filled in what a mentee needs', async () => {
    const created = await createMember(t, { role: 'alumnus' });
    const headers = { cookie: created.cookie };
    const activated = await t.app.inject({ method: 'POST', url: '/api/me/mentor-profile/activate', headers });
    expect(activated.statusCode).toBe(201);
    expect(activated.json()).toMatchObject({ availability: 'unlisted', missing: ['headline_or_approach', 'expertise', 'languages'] });
    const listedNow = async () => (await t.database.db.select().from(mentorProfiles).where(eq(mentorProfiles.userId, created.user.id)))[0]!.isListed;
    expect(await listedNow()).toBe(false);

    const partly = await t.app.inject({ method: 'PUT', url: '/api/me/mentor-profile', headers, payload: { approach: 'Your first job in law', expertise: ['Litigation'] } });
    expect(partly.json()).toMatchObject({ availability: 'unlisted', missing: ['languages'] });
    expect(await listedNow()).toBe(false);

    const done = await t.app.inject({ method: 'PUT', url: '/api/me/mentor-profile', headers, payload: { languages: ['nl'] } });
    expect(done.json()).toMatchObject({ availability: 'available', missing: [] });
    expect(await listedNow()).toBe(true);
  });
});
