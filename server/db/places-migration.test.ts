import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/database';
import { migrationsFolder } from '../lib/paths';
import { type Database, queryRows } from './client';

/**
 * Migration 0018 (ADR 0026) on sample rows: free text written before country and languages became
 * codes. The migration can run again, so the test writes the old values into a migrated database
 * and runs the migration's statements once more.
 */
const statements = readFileSync(join(migrationsFolder, '0018_places.sql'), 'utf8')
  .split('--> statement-breakpoint')
  .map((statement) => statement.trim())
  .filter(Boolean);

interface Place {
  country: string | null;
  unmatchedCountry: string | null;
  languages: string[];
  unmatchedLanguages: string[];
  city: string | null;
}

const SAMPLES: Record<string, Partial<{ country: string; languages: string[]; city: string }>> = {
  english: { country: 'Netherlands', languages: ['Dutch', 'english'], city: 'Amsterdam' },
  dutch: { country: 'nederland', languages: ['Nederlands', 'Engels', 'Duits'], city: 'Amsterdam' },
  article: { country: ' the Netherlands ', languages: ['Dutch, English'], city: 'amsterdam' },
  code: { country: 'NL', languages: ['nl', 'en'], city: ' AMSTERDAM ' },
  lowerCode: { country: 'nl', languages: ['Dutch and Frisian'] },
  holland: { country: 'Holland', languages: ['ESPAÑOL', 'Français'], city: 'Den  Haag' },
  dots: { country: 'U.K.', languages: ['Mandarin'], city: 'Zürich' },
  dutchName: { country: 'Verenigd Koninkrijk', languages: ['Klingon', 'Spanish', 'Klingon'], city: 'Zürich' },
  accents: { country: 'belgie', languages: ['Portugees'], city: 'zurich' },
  apostrophe: { country: "Cote d'Ivoire", languages: [] },
  unknown: { country: 'Atlantis', languages: ['Elvish'], city: "'s-Hertogenbosch" },
  blank: { country: '   ', languages: ['  '], city: '  ' },
};

describe('migration 0018: country and languages to codes, cities to one spelling', () => {
  let database: Database;
  const ids = Object.fromEntries(Object.keys(SAMPLES).map((name) => [name, `migration-${name}`]));

  const runMigration = async () => {
    for (const statement of statements) await database.db.execute(sql.raw(statement));
  };
  const places = async () => {
    const rows = await queryRows<Place & { id: string }>(
      database.db,
      sql`select id, country, unmatched_country as "unmatchedCountry", languages, unmatched_languages as "unmatchedLanguages", city
          from users where id like 'migration-%'`,
    );
    return Object.fromEntries(rows.map(({ id, ...place }) => [id.replace('migration-', ''), place]));
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    for (const [name, sample] of Object.entries(SAMPLES)) {
      await database.db.execute(sql`
        insert into users (id, name, email, role, country, languages, city)
        values (${ids[name]}, ${name}, ${`${name}@migration.example`}, 'alumnus', ${sample.country ?? null},
                ${`{${(sample.languages ?? []).map((language) => JSON.stringify(language)).join(',')}}`}::text[], ${sample.city ?? null})`);
    }
    // A listed mentor: the search row and the facet counts follow the member's record.
    await database.db.execute(sql`
      insert into mentor_profiles (user_id, approach, expertise) values (${ids.english}, 'Careers in tech', '{Start-ups}')`);
    await runMigration();
  });
  afterAll(() => database.close());

  it('maps country names in English and Dutch, codes, and common other names to codes, ignoring case, accents and dots', async () => {
    const found = await places();
    const countries = Object.fromEntries(Object.entries(found).map(([name, place]) => [name, place.country]));
    expect(countries).toEqual({
      english: 'NL',
      dutch: 'NL',
      article: 'NL',
      code: 'NL',
      lowerCode: 'NL',
      holland: 'NL',
      dots: 'GB',
      dutchName: 'GB',
      accents: 'BE',
      apostrophe: 'CI',
      unknown: null,
      blank: null,
    });
  });

  it('maps each language in English, Dutch or its own name, splitting lists and keeping their order', async () => {
    const found = await places();
    expect(found.english!.languages).toEqual(['nl', 'en']);
    expect(found.dutch!.languages).toEqual(['nl', 'en', 'de']);
    expect(found.article!.languages).toEqual(['nl', 'en']);
    expect(found.code!.languages).toEqual(['nl', 'en']);
    expect(found.lowerCode!.languages).toEqual(['nl', 'fy']);
    expect(found.holland!.languages).toEqual(['es', 'fr']);
    expect(found.dots!.languages).toEqual(['zh']);
    expect(found.accents!.languages).toEqual(['pt']);
    expect(found.blank!.languages).toEqual([]);
  });

  it('keeps what matches nothing aside for the member, out of the searched fields', async () => {
    const found = await places();
    expect(found.unknown).toMatchObject({ country: null, unmatchedCountry: 'Atlantis', languages: [], unmatchedLanguages: ['Elvish'] });
    expect(found.dutchName).toMatchObject({ languages: ['es'], unmatchedLanguages: ['Klingon'], unmatchedCountry: null });
    expect(found.blank).toMatchObject({ unmatchedCountry: null, unmatchedLanguages: [] });
    expect(Object.values(found).filter((place) => place.unmatchedCountry !== null)).toHaveLength(1);
  });

  it('gives cities that differ in case, accents or spaces the most common spelling', async () => {
    const found = await places();
    expect(['english', 'dutch', 'article', 'code'].map((name) => found[name]!.city)).toEqual(['Amsterdam', 'Amsterdam', 'Amsterdam', 'Amsterdam']);
    expect(['dots', 'dutchName', 'accents'].map((name) => found[name]!.city)).toEqual(['Zürich', 'Zürich', 'Zürich']);
    expect(found.holland!.city).toBe('Den Haag');
    expect(found.unknown!.city).toBe("'s-Hertogenbosch");
    expect(found.blank!.city).toBeNull();
  });

  it('carries the codes onto the search row and its facet counts', async () => {
    const [row] = await queryRows<{ country: string; languages: string[]; city: string }>(
      database.db,
      sql`select country, languages, city from mentor_profiles where user_id = ${ids.english}`,
    );
    expect(row).toEqual({ country: 'NL', languages: ['nl', 'en'], city: 'Amsterdam' });
    const facets = await queryRows<{ facet: string; value: string }>(
      database.db,
      sql`select facet_a as facet, value_a as value from mentor_facet_pairs
          where facet_a in ('country', 'language') and facet_b = 'total' and listed > 0 order by 1, 2`,
    );
    expect(facets).toEqual([
      { facet: 'country', value: 'NL' },
      { facet: 'language', value: 'en' },
      { facet: 'language', value: 'nl' },
    ]);
  });

  it('changes nothing when it runs again', async () => {
    const before = await places();
    await runMigration();
    expect(await places()).toEqual(before);
  });
});
