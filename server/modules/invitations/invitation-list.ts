import { z } from 'zod';
import type { Language } from '../../../contract/i18n';
import {
  INVITATION_MAX_ROWS,
  type InvitationFileProblem,
  type InvitationLine,
  type InvitationLineProblem,
  type InvitationPreview,
} from '../../../contract/invitations';

/**
 * The alumni office's list as we read it (pure: no database). A CSV as spreadsheets export it:
 * comma, semicolon (Dutch Excel) or tab between cells, quoted cells with doubled quotes and line
 * breaks, a byte-order mark, CRLF. A first line naming the columns is optional; without one the
 * columns are name, email address, language.
 */

export interface CsvRecord {
  /** The line of the file the record starts on (1-based). */
  line: number;
  cells: string[];
}

const DELIMITERS = [',', ';', '\t'] as const;

/** The delimiter the first line uses most outside quotes (a comma when it uses none). */
function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/** RFC 4180 records with the line each starts on; `unclosedQuote` when the text ends inside quotes. */
export function parseCsv(input: string): { records: CsvRecord[]; unclosedQuote: boolean } {
  const text = input.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(text);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      records.push({ line: start, cells });
      cells = [];
      cell = '';
      line++;
      start = line;
    } else cell += char;
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    records.push({ line: start, cells });
  }
  return { records: records.filter((record) => record.cells.some((value) => value.trim() !== '')), unclosedQuote: quoted };
}

type Column = 'name' | 'firstName' | 'familyName' | 'email' | 'language';

/** Header names as offices write them, in English and Dutch, lower case without spaces or punctuation. */
const HEADERS: Record<string, Column> = {
  name: 'name', fullname: 'name', naam: 'name', volledigenaam: 'name',
  firstname: 'firstName', givenname: 'firstName', first: 'firstName', voornaam: 'firstName', roepnaam: 'firstName',
  familyname: 'familyName', lastname: 'familyName', surname: 'familyName', last: 'familyName', achternaam: 'familyName', familienaam: 'familyName',
  email: 'email', emailaddress: 'email', mail: 'email', emailadres: 'email', mailadres: 'email',
  language: 'language', lang: 'language', taal: 'language', voorkeurstaal: 'language',
};

const headerKey = (cell: string) => cell.toLowerCase().normalize('NFKD').replace(/[^a-z]/g, '');

/** The columns a header line names, or null when the first line is not a header. */
function readHeader(cells: string[]): Map<Column, number> | null {
  if (cells.some((cell) => cell.includes('@'))) return null;
  const columns = new Map<Column, number>();
  cells.forEach((cell, index) => {
    const column = HEADERS[headerKey(cell)];
    if (column && !columns.has(column)) columns.set(column, index);
  });
  return columns.size > 0 ? columns : null;
}

const LANGUAGE_NAMES: Record<string, Language> = {
  en: 'en', eng: 'en', english: 'en', engels: 'en', englisch: 'en',
  nl: 'nl', nld: 'nl', dut: 'nl', dutch: 'nl', nederlands: 'nl', ned: 'nl',
};

const EmailSchema = z.email().max(254);
// Control characters (a stray NUL, a vertical tab from a spreadsheet) become spaces.
const clean = (value: string | undefined) => (value ?? '').replace(/[\p{Cc}\p{Cs}]/gu, ' ').replace(/\s+/g, ' ').trim();

/** One line of the list as read, before the database is asked about its address. */
export type ReadLine = Omit<InvitationLine, 'problems'> & { problems: InvitationLine['problems'] };

/**
 * The list read line by line with the problems a line has on its own or within the file
 * (missing name, bad address or language, an address twice). The database's say — member
 * already, invitation waiting — is added by the service.
 */
export function readInvitationList(csv: string, defaultLanguage: Language): { lines: ReadLine[]; fileProblems: InvitationPreview['fileProblems'] } {
  const { records, unclosedQuote } = parseCsv(csv);
  const fileProblems: InvitationPreview['fileProblems'] = [];
  if (unclosedQuote) fileProblems.push({ code: 'unclosed_quote' });
  const header = records.length > 0 ? readHeader(records[0]!.cells) : null;
  if (header && !header.has('email')) fileProblems.push({ code: 'no_email_column' });
  const rows = header ? records.slice(1) : records;
  if (rows.length === 0) fileProblems.push({ code: 'empty' });
  if (rows.length > INVITATION_MAX_ROWS) {
    fileProblems.push({ code: 'too_many_rows', max: INVITATION_MAX_ROWS });
    return { lines: [], fileProblems };
  }
  const columns = header ?? new Map<Column, number>([['name', 0], ['email', 1], ['language', 2]]);
  const cellOf = (record: CsvRecord, column: Column) => {
    const index = columns.get(column);
    return index === undefined ? '' : clean(record.cells[index]);
  };
  const firstLineOf = new Map<string, number>();
  const lines = rows.map((record): ReadLine => {
    const problems: ReadLine['problems'] = [];
    let firstName = cellOf(record, 'firstName');
    let familyName = cellOf(record, 'familyName');
    const name = cellOf(record, 'name');
    if (name && !firstName && !familyName) {
      // "Jan van der Berg": the first word is the first name, the rest (with its prefixes) the family name.
      const space = name.indexOf(' ');
      firstName = space < 0 ? name : name.slice(0, space);
      familyName = space < 0 ? '' : name.slice(space + 1);
    }
    if (!firstName || !familyName) problems.push({ code: 'name_missing' });
    else if (firstName.length > 100 || familyName.length > 100) problems.push({ code: 'name_too_long' });

    const email = cellOf(record, 'email').toLowerCase();
    if (!email) problems.push({ code: 'email_missing' });
    else if (!EmailSchema.safeParse(email).success) problems.push({ code: 'email_invalid' });
    else if (firstLineOf.has(email)) problems.push({ code: 'duplicate_in_file', firstLine: firstLineOf.get(email)! });
    else firstLineOf.set(email, record.line);

    const languageCell = cellOf(record, 'language');
    const language = languageCell ? LANGUAGE_NAMES[headerKey(languageCell)] : defaultLanguage;
    if (!language) problems.push({ code: 'language_invalid' });
    return { line: record.line, firstName, familyName, email, language: language ?? defaultLanguage, problems };
  });
  return { lines, fileProblems };
}

/** Adds the database's say to the lines: an address that is a member's, or has an invitation waiting. */
export function withKnownAddresses(lines: ReadLine[], known: { members: ReadonlySet<string>; invited: ReadonlySet<string> }): ReadLine[] {
  return lines.map((line) => {
    const extra: InvitationLineProblem[] = [];
    const hasAddressProblem = line.problems.some((problem) => problem.code === 'email_missing' || problem.code === 'email_invalid');
    if (!hasAddressProblem && known.members.has(line.email)) extra.push('already_member');
    else if (!hasAddressProblem && known.invited.has(line.email)) extra.push('already_invited');
    return extra.length ? { ...line, problems: [...line.problems, ...extra.map((code) => ({ code }))] } : line;
  });
}

/** The answer of a check: valid only when neither the file nor any line has a problem. */
export function toPreview(lines: ReadLine[], fileProblems: { code: InvitationFileProblem; max?: number }[]): InvitationPreview {
  const invalidCount = lines.filter((line) => line.problems.length > 0).length;
  return { lines, fileProblems, invalidCount, isValid: fileProblems.length === 0 && invalidCount === 0 };
}
