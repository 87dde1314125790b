import fc from 'fast-check';
import { hostileObject, hostileString, type JsonSchema, oneFieldHostile, plausible, wrongType } from './arbitraries';
import type { FuzzOperation } from './operations';

/** One generated request, sent as written (path and query string are already encoded, or not, on purpose). */
export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

/** Values that exist in the fuzzed database (member names, request ids), so some requests reach real rows. */
export type KnownValues = Record<string, string[]>;

/** Percent-encoding that cannot throw: a lone surrogate is sent as the bytes Node writes for it. */
export function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return [...Buffer.from(value, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
  }
}

/** Path and query fragments sent without encoding: broken escapes, dot-segments, overlong UTF-8, long runs. */
const RAW_FRAGMENTS = [
  '%', '%f', '%ff', '%00', '%zz', '%E0%A4', '%ED%A0%80', '%C0%AE', '%u0041', '%2e', '%2e%2e', '%2e%2e%2f', '..', '.', '%2F', '%5C',
  '..%2f..%2fapi%2fme', '+', '%20', '%0A', '%0D%0Aset-cookie:%20x=1', 'a'.repeat(101), 'a'.repeat(1000), '%25', '%%32%65',
];
const rawFragment = fc.constantFrom(...RAW_FRAGMENTS);

function pathParam(name: string, schema: JsonSchema, known: KnownValues, resolve: (s: JsonSchema) => JsonSchema): fc.Arbitrary<string> {
  const options: Array<fc.WeightedArbitrary<string>> = [
    { weight: 2, arbitrary: plausible(schema, resolve).map((value) => encode(String(value))) },
    { weight: 3, arbitrary: hostileString.map(encode) },
    { weight: 2, arbitrary: rawFragment },
  ];
  const values = known[name] ?? [];
  if (values.length) options.push({ weight: 3, arbitrary: fc.constantFrom(...values).map(encode) });
  return fc.oneof(...options);
}

/** The concrete path, sometimes bent: dot-segments, doubled or trailing slashes, escapes, a different case. */
const pathShape = fc.constantFrom(
  ...Array<(path: string) => string>(8).fill((path) => path),
  (path) => path.replace(/^\/api\//, '/api/./'),
  (path) => path.replace(/^\/api\//, '/api/x/../'),
  (path) => path.replace(/^\/api\//, '/api/%2e%2e/api/'),
  (path) => path.replace(/^\/api\//, '/api//'),
  (path) => `${path}/`,
  (path) => `${path}/..`,
  (path) => `${path}%00`,
  (path) => path.replace(/\/([^/]*)$/, '%2F$1'),
  (path) => path.toUpperCase(),
  (path) => path.replace(/^\/api\//, '/api\\'),
);

function queryString(params: Record<string, JsonSchema>, resolve: (s: JsonSchema) => JsonSchema): fc.Arbitrary<string> {
  return fc.oneof(anyQuery(params, resolve), oneParamHostile(params, resolve));
}

/** Every parameter fitting but one: the bad value then reaches the search and not only the schema. */
function oneParamHostile(params: Record<string, JsonSchema>, resolve: (s: JsonSchema) => JsonSchema): fc.Arbitrary<string> {
  const keys = Object.keys(params);
  if (!keys.length) return fc.constant('');
  const fitting = fc.tuple(...keys.map((key) => fc.option(plausible(params[key]!, resolve), { freq: 2 })));
  const bad = fc.oneof({ weight: 3, arbitrary: hostileString.map(encode) }, { weight: 1, arbitrary: rawFragment });
  return fc.tuple(fitting, fc.constantFrom(...keys), bad).map(([values, badKey, badValue]) => {
    const parts = keys.flatMap((key, i) => {
      if (key === badKey) return [`${encode(key)}=${badValue}`];
      const value = values[i];
      if (value === null || value === undefined) return [];
      return [value].flat().map((v) => `${encode(key)}=${encode(String(v))}`);
    });
    return `?${parts.join('&')}`;
  });
}

function anyQuery(params: Record<string, JsonSchema>, resolve: (s: JsonSchema) => JsonSchema): fc.Arbitrary<string> {
  const pair = (key: string, value: fc.Arbitrary<string>) => value.map((v) => `${encode(key)}=${v}`);
  const declared = Object.entries(params).map(([key, schema]) =>
    fc.option(
      fc.array(
        pair(
          key,
          fc.oneof(
            { weight: 4, arbitrary: plausible(schema, resolve).map((v) => encode(Array.isArray(v) ? String(v[0] ?? '') : String(v))) },
            { weight: 3, arbitrary: hostileString.map(encode) },
            { weight: 2, arbitrary: rawFragment },
          ),
        ),
        { minLength: 1, maxLength: 3 },
      ),
      { freq: 2 },
    ),
  );
  const extraKey = fc.oneof(fc.constantFrom('__proto__', 'constructor[prototype][x]', 'a[b]', 'q[]', '', 'x'.repeat(300)), hostileString.map(encode));
  const extras = fc.array(fc.tuple(extraKey, hostileString.map(encode)).map(([k, v]) => `${k}=${v}`), { maxLength: 2 });
  const oddities = fc.option(fc.constantFrom('&&&', '=', '==&=', '%', 'a=%ff&a=%00', '?x=1', '#frag'), { freq: 6 });
  return fc.tuple(fc.tuple(...declared), extras, oddities).map(([lists, extra, odd]) => {
    const parts = [...lists.flatMap((list) => list ?? []), ...extra, ...(odd ? [odd] : [])];
    return parts.length ? `?${parts.join('&')}` : '';
  });
}

type Body = Pick<FuzzRequest, 'body'> & { contentType?: string };

const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const RAW_BODIES: Body[] = [
  { contentType: 'application/json', body: '{' },
  { contentType: 'application/json', body: '{"a":1,}' },
  { contentType: 'application/json', body: '' },
  { contentType: 'application/json', body: 'null' },
  { contentType: 'application/json', body: '"text"' },
  { contentType: 'application/json', body: '[1,2,3]' },
  { contentType: 'application/json', body: '{"__proto__":{"isAdmin":true}}' },
  { contentType: 'application/json', body: '{"constructor":{"prototype":{"isAdmin":true}}}' },
  { contentType: 'application/json', body: deep(5000) },
  { contentType: 'application/json', body: `{"a":"${'x'.repeat(1_100_000)}"}` },
  { contentType: 'application/json', body: Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]) },
  { contentType: 'application/json; charset=utf-16', body: '{}' },
  { contentType: 'text/plain', body: 'hello' },
  { contentType: 'application/xml', body: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>' },
  { contentType: 'application/x-www-form-urlencoded', body: 'a=1&__proto__[isAdmin]=true&b=%ff' },
  { contentType: 'multipart/form-data', body: '--x\r\n' },
  { contentType: 'multipart/form-data; boundary=x', body: '--x\r\nContent-Disposition: form-data; name="photo"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n--x--\r\n' },
  { body: '{"a":1}' },
];

function jsonBody(schema: JsonSchema | null, resolve: (s: JsonSchema) => JsonSchema): fc.Arbitrary<Body> {
  const json = (value: unknown): Body => ({ contentType: 'application/json', body: JSON.stringify(value) ?? 'null' });
  const options: Array<fc.WeightedArbitrary<Body>> = [
    { weight: 2, arbitrary: fc.constantFrom(...RAW_BODIES) },
    { weight: 1, arbitrary: fc.oneof(wrongType, hostileString).map(json) },
    { weight: 1, arbitrary: fc.constant({}) },
  ];
  if (schema) {
    options.push({ weight: 4, arbitrary: hostileObject(schema, resolve).map(json) });
    options.push({ weight: 4, arbitrary: oneFieldHostile(schema, resolve).map(json) });
    options.push({ weight: 2, arbitrary: plausible(schema, resolve).map(json) });
  } else {
    options.push({ weight: 4, arbitrary: hostileObject({}, resolve).map(json) });
  }
  return fc.oneof(...options);
}

/** A multipart upload with a few bytes that claim to be an image. */
const photoUpload: fc.Arbitrary<Body> = fc
  .tuple(fc.constantFrom('image/png', 'image/jpeg', 'image/webp', 'image/gif', 'text/html', ''), fc.uint8Array({ maxLength: 200 }), fc.constantFrom('photo', 'file', ''))
  .map(([type, bytes, field]) => ({
    contentType: 'multipart/form-data; boundary=fuzz',
    body: Buffer.concat([
      Buffer.from(`--fuzz\r\nContent-Disposition: form-data; name="${field}"; filename="x"\r\nContent-Type: ${type}\r\n\r\n`),
      Buffer.from(bytes),
      Buffer.from('\r\n--fuzz--\r\n'),
    ]),
  }));

/** Every request the fuzzer may send to one operation. */
export function requestsFor(operation: FuzzOperation, known: KnownValues, resolve: (s: JsonSchema) => JsonSchema): fc.Arbitrary<FuzzRequest> {
  const params = fc.tuple(...operation.pathParams.map(([name, schema]) => pathParam(name, schema, known, resolve)));
  const hasBody = operation.method !== 'GET' && operation.method !== 'DELETE';
  const body: fc.Arbitrary<Body> = !hasBody
    ? fc.constant({})
    : operation.multipart
      ? fc.oneof({ weight: 3, arbitrary: photoUpload }, { weight: 1, arbitrary: jsonBody(null, resolve) })
      : jsonBody(operation.body, resolve);
  return fc.tuple(params, pathShape, queryString(operation.query, resolve), body).map(([values, shape, query, { contentType, body: payload }]) => {
    let index = 0;
    const path = operation.path.replace(/\{[^}]+\}/g, () => values[index++] ?? '');
    return {
      method: operation.method,
      path: shape(path) + query,
      headers: contentType ? { 'content-type': contentType } : ({} as Record<string, string>),
      ...(payload === undefined ? {} : { body: payload }),
    };
  });
}
