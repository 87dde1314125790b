import { describe, expect, it } from 'vitest';
import { UpdateProfileSchema } from './profile';
import { MentorSearchQuerySchema } from './mentors';
import { SendRequestSchema } from './mentoring';
import { lineText, multiLineText, optionalText, TEXT_CHARACTERS_ISSUE } from './text';

const issues = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('text types', () => {
  it('refuse NUL, other control characters and lone surrogates on one line', () => {
    for (const value of ['a\u0000b', 'a\tb', 'a\nb', 'del\u007f', 'c1\u0085', 'half \ud800', 'x\udc00']) {
      expect(issues(lineText().safeParse(value)), JSON.stringify(value)).toEqual([TEXT_CHARACTERS_ISSUE]);
    }
  });

  it('take any other text, trimmed, including emoji and right-to-left scripts', () => {
    for (const value of ['Zoë Ødegaard', '🙂 mentor', 'مرحبا', 'O’Brien; DROP TABLE users', '<b>bold</b>']) {
      expect(lineText().parse(` ${value} `)).toBe(value);
    }
  });

  it('keep line breaks and tabs in multi-line text, and refuse the rest', () => {
    expect(multiLineText().parse('first line\r\nsecond\tline\n')).toBe('first line\r\nsecond\tline');
    expect(issues(multiLineText().safeParse('line\u0000'))).toEqual([TEXT_CHARACTERS_ISSUE]);
    expect(issues(multiLineText().safeParse('\u001b[31mred'))).toEqual([TEXT_CHARACTERS_ISSUE]);
  });

  it('store an empty optional text as null', () => {
    expect(optionalText(10).parse('  ')).toBeNull();
    expect(optionalText(10, { multiLine: true }).parse('a\nb')).toBe('a\nb');
  });

  it('are used by the schemas members type into', () => {
    expect(issues(UpdateProfileSchema.safeParse({ headline: 'a\u0000b' }))).toEqual([TEXT_CHARACTERS_ISSUE]);
    expect(issues(UpdateProfileSchema.safeParse({ linkedinUrl: 'https://www.linkedin.com/in/a\u0000' }))).toEqual([TEXT_CHARACTERS_ISSUE]);
    expect(UpdateProfileSchema.parse({ bio: 'Line one\nLine two' }).bio).toBe('Line one\nLine two');
    expect(issues(MentorSearchQuerySchema.safeParse({ city: '\u0000' }))).toEqual([TEXT_CHARACTERS_ISSUE]);
    const motivation = 'I would like to learn\nhow to move from research into policy work.';
    expect(SendRequestSchema.parse({ mentorUsername: 'eva', motivation }).motivation).toBe(motivation);
  });
});
