import { describe, expect, it } from 'vitest';
import { INVITATION_MAX_ROWS } from '../../../contract/invitations';
import { parseCsv, readInvitationList, toPreview, withKnownAddresses } from './invitation-list';

const codes = (csv: string, language: 'en' | 'nl' = 'en') =>
  readInvitationList(csv, language).lines.map((line) => [line.line, line.problems.map((problem) => problem.code)]);

describe('reading the alumni office’s list', () => {
  it('reads quoted cells, doubled quotes, line breaks inside quotes, CRLF and a byte-order mark', () => {
    const { records, unclosedQuote } = parseCsv('\uFEFFname,email\r\n"Berg, Anna ""Annie""",anna@example.org\r\n"Jan\nJansen",jan@example.org\n\n');
    expect(unclosedQuote).toBe(false);
    expect(records).toEqual([
      { line: 1, cells: ['name', 'email'] },
      { line: 2, cells: ['Berg, Anna "Annie"', 'anna@example.org'] },
      { line: 3, cells: ['Jan\nJansen', 'jan@example.org'] },
    ]);
  });

  it('takes the separator the first line uses: semicolons from a Dutch spreadsheet, or tabs', () => {
    expect(parseCsv('naam;e-mailadres;taal\nAnna de Vries;anna@example.org;nl').records[1]!.cells).toEqual(['Anna de Vries', 'anna@example.org', 'nl']);
    expect(parseCsv('a\tb@example.org\n').records[0]!.cells).toEqual(['a', 'b@example.org']);
  });

  it('maps English and Dutch headers in any order, and splits a full name after its first word', () => {
    const { lines } = readInvitationList('E-mailadres;Taal;Naam\nanna@EXAMPLE.org;Nederlands;Anna van der Berg', 'en');
    expect(lines).toEqual([{ line: 2, firstName: 'Anna', familyName: 'van der Berg', email: 'anna@example.org', language: 'nl', problems: [] }]);
    const separate = readInvitationList('First name,Last name,Email\nPiet,Jansen,piet@example.org', 'nl');
    expect(separate.lines[0]).toMatchObject({ firstName: 'Piet', familyName: 'Jansen', language: 'nl' });
  });

  it('reads a list without a header as name, email, language', () => {
    expect(readInvitationList('Anna Smit,anna@example.org,en\nBert Bos,bert@example.org', 'nl').lines.map((line) => line.language)).toEqual(['en', 'nl']);
  });

  it('names every problem of every line, with the line number of the file', () => {
    const csv = [
      'name,email,language',
      'Anna Smit,anna@example.org,en',
      ',bert@example.org,',
      'Cees Bos,not-an-address,nl',
      'Dirk Dijk,,',
      'Eva Eik,ANNA@example.org,',
      'Fay Fox,fay@example.org,fr',
      'Madonna,madonna@example.org,',
    ].join('\n');
    expect(codes(csv)).toEqual([
      [2, []],
      [3, ['name_missing']],
      [4, ['email_invalid']],
      [5, ['email_missing']],
      [6, ['duplicate_in_file']],
      [7, ['language_invalid']],
      [8, ['name_missing']],
    ]);
    expect(readInvitationList(csv, 'en').lines[4]!.problems).toEqual([{ code: 'duplicate_in_file', firstLine: 2 }]);
  });

  it('adds what the database knows: a member already, or an invitation waiting', () => {
    const { lines, fileProblems } = readInvitationList('Anna Smit,anna@example.org\nBert Bos,bert@example.org\nCees Bos,cees@example.org', 'en');
    const known = withKnownAddresses(lines, { members: new Set(['anna@example.org']), invited: new Set(['bert@example.org']) });
    expect(known.map((line) => line.problems.map((problem) => problem.code))).toEqual([['already_member'], ['already_invited'], []]);
    expect(toPreview(known, fileProblems)).toMatchObject({ isValid: false, invalidCount: 2 });
    expect(toPreview(known.slice(2), fileProblems)).toMatchObject({ isValid: true, invalidCount: 0 });
  });

  it('refuses an empty list, one without an email column, an unclosed quote and too many lines', () => {
    const fileCodes = (csv: string) => readInvitationList(csv, 'en').fileProblems.map((problem) => problem.code);
    expect(fileCodes('')).toEqual(['empty']);
    expect(fileCodes('name,email\n')).toEqual(['empty']);
    expect(fileCodes('name,phone\nAnna,0612345678')).toEqual(['no_email_column']);
    expect(fileCodes('"Anna,anna@example.org')).toContain('unclosed_quote');
    const many = Array.from({ length: INVITATION_MAX_ROWS + 1 }, (_, i) => `Person ${i},p${i}@example.org`).join('\n');
    expect(readInvitationList(many, 'en').fileProblems).toEqual([{ code: 'too_many_rows', max: INVITATION_MAX_ROWS }]);
  });

  it('turns control characters in a name into spaces', () => {
    expect(readInvitationList('Anna\u0000Smit,anna@example.org', 'en').lines[0]).toMatchObject({ firstName: 'Anna', familyName: 'Smit', problems: [] });
  });
});
