import { hashPassword } from 'better-auth/crypto';
import type { RegisterInput } from '../../../contract/accounts';
import type { Db } from '../../db/client';
import { uniqueViolation } from '../../lib/db-errors';
import { AppError } from '../../lib/errors';
import { type UserRow, findUserByLogin, insertPasswordAccount, insertUser } from './accounts.repo';

export interface AccountsDeps {
  db: Db;
  defaultLanguage: 'en' | 'nl';
}

const usernameTaken = () =>
  new AppError(409, 'username_taken', 'This user name is already taken.', { field: 'username' });
const emailTaken = () =>
  new AppError(409, 'email_taken', 'An account with this email address already exists.', { field: 'email' });

/** Creates a member with a password login; the caller signs them in afterwards. */
export async function registerMember(deps: AccountsDeps, input: RegisterInput): Promise<UserRow> {
  // Checked up front for a clear answer; the unique indexes still decide when two sign-ups race.
  if (await findUserByLogin(deps.db, input.username)) throw usernameTaken();
  if (await findUserByLogin(deps.db, input.email)) throw emailTaken();

  const passwordHash = await hashPassword(input.password);
  const studies = input.role !== 'staff';
  try {
    return await deps.db.transaction(async (tx) => {
      const user = await insertUser(tx, {
        id: crypto.randomUUID(),
        name: `${input.firstName} ${input.familyName}`,
        email: input.email,
        username: input.username.toLowerCase(),
        displayUsername: input.username,
        role: input.role,
        firstName: input.firstName,
        familyName: input.familyName,
        dateOfBirth: input.dateOfBirth,
        studyProgramme: studies ? (input.studyProgramme ?? null) : null,
        startYear: studies ? (input.startYear ?? null) : null,
        graduationYear: input.role === 'alumnus' ? (input.graduationYear ?? null) : null,
        language: input.language ?? deps.defaultLanguage,
      });
      await insertPasswordAccount(tx, user.id, passwordHash);
      return user;
    });
  } catch (error) {
    const constraint = uniqueViolation(error);
    if (constraint === 'users_username_unique') throw usernameTaken();
    if (constraint === 'users_email_unique') throw emailTaken();
    throw error;
  }
}
