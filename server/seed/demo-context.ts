import type { Db } from '../db/client';
import type { Random } from './random';

/** What each area's seeding step gets: one transaction, one generator, one clock. */
export interface DemoContext {
  tx: Db;
  random: Random;
  now: Date;
  passwordHash: string;
}
