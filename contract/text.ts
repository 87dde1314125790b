import { z } from 'zod';

/**
 * Text that people type, for every schema that takes some. Control characters are refused:
 * PostgreSQL cannot store NUL at all (it answered 500), and the others have no place in a name, a
 * tag or a search. So are lone UTF-16 surrogates, which are not text: stored, they would come back
 * as U+FFFD. Multi-line text (a bio, a motivation) keeps its line breaks and tabs.
 */
const SINGLE_LINE = /^[^\p{Cc}\p{Cs}]*$/u;
const MULTI_LINE = /^(?:[\t\n\r]|[^\p{Cc}\p{Cs}])*$/u;

/** The issue message (a validation key the web app translates) for text with such characters. */
export const TEXT_CHARACTERS_ISSUE = 'text_invalid_characters';

/** The check itself, for string schemas of another kind (`z.url().check(lineCharacters())`). */
export const lineCharacters = () => z.regex(SINGLE_LINE, { message: TEXT_CHARACTERS_ISSUE });

/** One line of text, trimmed: a name, a headline, a tag, a search term. */
export const lineText = () => z.string().trim().check(lineCharacters());

/** Text that may run over several lines, trimmed: a bio, a motivation, an answer. */
export const multiLineText = () => z.string().trim().regex(MULTI_LINE, { message: TEXT_CHARACTERS_ISSUE });

/** A value taken exactly as sent (a path parameter, an id), without control characters. */
export const rawLineText = () => z.string().check(lineCharacters());

/**
 * An optional profile or message field: left out keeps the value, null or an empty string
 * clears it (stored as null).
 */
export const optionalText = (max: number, options: { multiLine?: boolean } = {}) =>
  (options.multiLine ? multiLineText() : lineText())
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();
