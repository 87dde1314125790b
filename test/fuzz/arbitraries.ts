import fc from 'fast-check';

/** The part of JSON Schema the OpenAPI document uses for our inputs. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
}

/** Strings that have broken web applications somewhere: control characters, odd Unicode, injections, sizes. */
const NASTY_STRINGS = [
  '', ' ', '\u0000', 'a\u0000b', '\u0000\u0000\u0000', '\t', '\r\n', '\n\n', '\u001b[31mred', '\u007f', '\u0085', '\u2028', '\u202e',
  '\ufeff', '\ud800', '\udfff', 'a\ud800b', '\ufffd', '🙂', '👩🏽‍🎓', 'Zoë', 'مرحبا', '𝕏', 'İ', 'ß', 'a\u0301'.repeat(50),
  "' OR '1'='1", "'; DROP TABLE users; --", '" OR ""="', "1' AND pg_sleep(1)--", '\\', "\\'", '%', '_', '%%', '*', '&', '|', '!',
  ':*', 'a & !b', '<->', '(', ')', 'a:B', // tsquery syntax
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '{{7*7}}', '${7*7}', '#{7*7}',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty',
  '../../../etc/passwd', '..\\..\\windows\\win.ini', '%2e%2e%2f', '%00', '%ff', '/', '//', '.', '..',
  'null', 'undefined', 'NaN', 'Infinity', '-Infinity', '-1', '0', '-0', '1e309', '9007199254740993', '0x1F', '1.5', 'true', 'false', '[]', '{}',
  'A'.repeat(256), 'x'.repeat(10_000), '🙂'.repeat(3000), ' '.repeat(1000), '\u0000'.repeat(500),
  '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '00000000-0000-4000-8000-000000000000',
  '1900-01-01', '0000-00-00', '2026-02-30', '9999-12-31', 'a@b', 'a@b.c', '"a"@example.org', 'x@x.x'.padStart(300, 'x'),
  'https://www.linkedin.com/in/a\u0000', 'https://www.linkedin.com/in/%00', 'https://evil.example', 'data:text/html,<b>x</b>',
];

const ONE_UNIT = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const TRICKY_UNIT = fc.constantFrom('\u0000', '\n', '\t', '\u001f', '\u007f', 'a', 'é', '🙂', '\ud800', '\udc00', '%', "'", '"', '\\', ' ');

/** Ordinary text with one character PostgreSQL cannot store (NUL) or that is not text at all (a lone surrogate). */
const withUnstorable = fc
  .tuple(fc.string({ maxLength: 10 }), fc.constantFrom('\u0000', '\ud800', '\udfff'), fc.string({ maxLength: 10 }))
  .map(([a, bad, b]) => a + bad + b);

/** Any hostile string: the list above, random code points and UTF-16 units (lone surrogates too), and mixtures. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: withUnstorable },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: ONE_UNIT, maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: TRICKY_UNIT, maxLength: 30 }) },
  { weight: 1, arbitrary: fc.tuple(fc.string({ minLength: 3, maxLength: 12 }), fc.constantFrom(...NASTY_STRINGS)).map(([a, b]) => a + b) },
);

/** A JSON value of the wrong kind for nearly any field. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.constantFrom(1e308, -1e308, 2 ** 53 + 2, -0, 0.5, -1, 0, 1e-7),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom([], {}, [null], { '': '' }, [[[[[]]]]]),
  fc.array(hostileString, { maxLength: 3 }),
  fc.dictionary(hostileString, fc.oneof(hostileString, fc.integer()), { maxKeys: 3 }),
);

/** Fields an attacker adds in the hope that something copies the whole body into a row. */
const EXTRA_KEYS = ['__proto__', 'constructor', 'isAdmin', 'role', 'id', 'userId', 'email', 'emailVerified', 'suspendedAt', 'username', 'createdAt', 'password', 'image', 'mentorId', 'status'];

/** A value that fits the schema, so that a request gets past validation to the code behind it. */
export function plausible(schema: JsonSchema, resolve: (s: JsonSchema) => JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map((alt) => plausible(alt, resolve, depth + 1)));
  if (s.allOf?.length) return plausible(s.allOf[0]!, resolve, depth + 1);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum?.length) return fc.constantFrom(...s.enum);
  const types = [s.type ?? []].flat();
  const type = types.find((t) => t !== 'null') ?? (s.properties ? 'object' : undefined);
  if (types.includes('null') && type) return fc.option(plausible({ ...s, type }, resolve, depth), { nil: null, freq: 5 });
  switch (type) {
    case 'string':
      return plausibleString(s);
    case 'integer':
      return fc.integer({ min: Math.max(s.minimum ?? -1000, -1e9), max: Math.min(s.maximum ?? 3000, 1e9) });
    case 'number':
      return fc.double({ min: s.minimum ?? -1e6, max: s.maximum ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return depth > 3 ? fc.constant([]) : fc.array(plausible(s.items ?? {}, resolve, depth + 1), { maxLength: Math.min(s.maxItems ?? 4, 4) });
    case 'object': {
      if (depth > 3) return fc.constant({});
      const properties = s.properties ?? {};
      const model = Object.fromEntries(Object.entries(properties).map(([key, prop]) => [key, plausible(prop, resolve, depth + 1)]));
      return fc.record(model, { requiredKeys: (s.required ?? []).filter((key) => key in properties) });
    }
    default:
      return fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean());
  }
}

function plausibleString(s: JsonSchema): fc.Arbitrary<string> {
  switch (s.format) {
    case 'uuid':
      return fc.uuid();
    case 'email':
      return fc.emailAddress();
    case 'date':
      return fc.date({ min: new Date('1930-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    case 'date-time':
      return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
    case 'uri':
      return fc.webUrl();
  }
  if (s.pattern) {
    try {
      const regex = new RegExp(s.pattern, 'u');
      // Patterns that only forbid characters (the text types) say nothing about what to write.
      if (!s.pattern.includes('\\p{')) return fc.stringMatching(regex).filter((v) => v.length <= (s.maxLength ?? 500));
    } catch {
      // not a pattern this engine reads: fall through to plain text
    }
  }
  const minLength = s.minLength ?? 0;
  return fc.string({ unit: 'grapheme', minLength, maxLength: Math.min(Math.max(minLength, s.maxLength ?? 40), minLength + 60) });
}

/** A field's value: mostly one that fits, otherwise a hostile string or a value of the wrong type. */
export function hostileValue(schema: JsonSchema, resolve: (s: JsonSchema) => JsonSchema): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: plausible(schema, resolve) },
    { weight: 3, arbitrary: hostileString },
    { weight: 2, arbitrary: wrongType },
  );
}

/**
 * A body that fits the schema in every field but one, which is hostile: the bad value then meets
 * the code behind validation instead of hiding behind another field's refusal.
 */
export function oneFieldHostile(schema: JsonSchema, resolve: (s: JsonSchema) => JsonSchema): fc.Arbitrary<unknown> {
  const keys = Object.keys(resolve(schema).properties ?? {});
  if (!keys.length) return hostileObject(schema, resolve);
  return fc
    .tuple(plausible(schema, resolve), fc.constantFrom(...keys), fc.oneof({ weight: 3, arbitrary: hostileString }, { weight: 1, arbitrary: wrongType }))
    .map(([body, key, bad]) => ({ ...(body as Record<string, unknown>), [key]: bad }));
}

/** An object for an object schema: each field left out, fitting or hostile, plus fields nobody asked for. */
export function hostileObject(schema: JsonSchema, resolve: (s: JsonSchema) => JsonSchema): fc.Arbitrary<Record<string, unknown>> {
  const s = resolve(schema);
  const model = Object.fromEntries(Object.entries(s.properties ?? {}).map(([key, prop]) => [key, hostileValue(prop, resolve)]));
  const fields = fc.record(model, { requiredKeys: [] });
  const extras = fc.dictionary(fc.oneof(fc.constantFrom(...EXTRA_KEYS), hostileString), hostileValue({}, resolve), { maxKeys: 3 });
  return fc.tuple(fields, fc.option(extras, { freq: 3 })).map(([own, extra]) => {
    const body: Record<string, unknown> = { ...own };
    // defineProperty, so that "__proto__" becomes a key of the JSON text and not the prototype.
    for (const [key, value] of Object.entries(extra ?? {})) Object.defineProperty(body, key, { value, enumerable: true, configurable: true, writable: true });
    return body;
  });
}
