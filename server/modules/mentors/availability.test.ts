import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createMentor } from '../../../test/factories';
import { mentorProfiles, users } from '../../db/schema';
import { availabilityOf, profileFacts } from './mentor-cards';
import { isListable } from './mentors.policy';

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
              const listed = isListable({ role, suspendedAt });
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
});
