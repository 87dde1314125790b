import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { fireAccepts, type Instances, prepareRace, raceState, type RaceSetup, resetRace, startInstances } from '../../../test/accept-race';
import { createPostgresDatabase } from '../../../test/postgres';
import type { Database } from '../../db/client';

const postgresTemplate = inject('postgresTemplate');
const ROUNDS = 10;
const REQUESTS = 50;
const MAX_MENTEES = 3;

// PGlite is one connection inside one process: accepts cannot race there, so this runs only when
// the test run has DATABASE_URL (CI runs the server tests on PostgreSQL).
describe.runIf(postgresTemplate)('the capacity race on PostgreSQL (two server processes, one database)', () => {
  let database: Database & { url: string };
  let instances: Instances | undefined;
  let setup: RaceSetup;

  beforeAll(async () => {
    database = await createPostgresDatabase(postgresTemplate!);
    instances = await startInstances(database.url, 2);
    setup = await prepareRace(database.db, instances.urls[0]!, { mentees: REQUESTS, maxMentees: MAX_MENTEES });
  }, 150_000);

  afterAll(async () => {
    await instances?.stop();
    await database?.close();
  });

  it(`accepts exactly ${MAX_MENTEES} of ${REQUESTS} concurrent accepts, ${ROUNDS} times over`, { timeout: 120_000 }, async () => {
    for (let round = 1; round <= ROUNDS; round++) {
      const requestIds = await resetRace(database.db, setup);
      const outcomes = await fireAccepts(instances!.urls, setup.cookie, requestIds);
      const accepted = outcomes.filter((outcome) => outcome.status === 200).length;
      const full = outcomes.filter((outcome) => outcome.status === 409 && outcome.code === 'mentor_full').length;
      expect({ round, accepted, full, other: REQUESTS - accepted - full }).toEqual({ round, accepted: MAX_MENTEES, full: REQUESTS - MAX_MENTEES, other: 0 });
      expect(await raceState(database.db, setup.mentorId)).toEqual({
        activeMentorships: MAX_MENTEES,
        acceptedRequests: MAX_MENTEES,
        activeMentees: MAX_MENTEES,
        isAvailable: false,
        // Each winner's side effects exactly once; a refused accept leaves none (its transaction rolled back).
        acceptedNotices: MAX_MENTEES,
        acceptedMails: MAX_MENTEES,
        motivationsInInbox: MAX_MENTEES,
      });
    }
  });
});
