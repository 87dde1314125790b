import type { z } from 'zod';
import type { ErrorCode } from './errors';

/**
 * One endpoint of the API, described once: the server registers its route from it
 * (server/lib/route.ts) and the web calls it through it (web/src/lib/api-client.ts), so a path,
 * its input and its answer are paired in one place. ADR 0021.
 */
export interface Endpoint {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Fastify style: `/api/requests/:id`; every `:name` has its schema in `params`. */
  path: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** A JSON body. */
  body?: z.ZodType;
  /** A multipart/form-data body of one file instead of JSON. */
  upload?: Upload;
  /** The success answers by status: a JSON body's schema, `null` for none (204), or bytes. */
  responses: { readonly [status: number]: SuccessAnswer };
  /**
   * The error codes the route itself answers with (its service's refusals). The server adds the
   * ones its framework gives every route alike (server/lib/route.ts, frameworkErrors) and lists
   * them all per status in the OpenAPI document; in tests an answer with any other code fails.
   * Left out only by a `hidden` endpoint.
   */
  errors?: readonly ErrorCode[];
  tags?: readonly string[];
  summary?: string;
  description?: string;
  /**
   * Not in the OpenAPI document and not registered from here: a better-auth endpoint the server
   * passes through (server/modules/accounts/auth.routes.ts), described for the web client and for
   * the server's own check of its body.
   */
  hidden?: true;
}

export type SuccessAnswer = z.ZodType | null | Binary;

/** An answer that is a file, not JSON. */
export interface Binary {
  binary: string;
  description: string;
}

export interface Upload {
  /** The form field that carries the file. */
  field: string;
  description: string;
}

/** The names of the `:name` segments of a path. */
export type PathParamNames<Path extends string> = Path extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParamNames<`/${Rest}`>
  : Path extends `${string}:${infer Name}`
    ? Name
    : never;

/** `params` names exactly the path's parameters (and is left out when there are none). */
type ParamsMatchPath<E extends Endpoint> = [PathParamNames<E['path']>] extends [never]
  ? { params?: undefined }
  : E['params'] extends z.ZodObject<infer Shape>
    ? [Exclude<keyof Shape, PathParamNames<E['path']>> | Exclude<PathParamNames<E['path']>, keyof Shape>] extends [never]
      ? unknown
      : { params: `params must name exactly: ${PathParamNames<E['path']>}` }
    : { params: z.ZodObject<Record<PathParamNames<E['path']>, z.ZodType>> };

/** Declares an endpoint, keeping its literal types (method, path, schemas) for the server and the web. */
export function endpoint<const E extends Endpoint>(descriptor: E & ParamsMatchPath<E>): E {
  return descriptor;
}

/** The schema of a success status of an endpoint, or never. */
export type AnswerOf<E extends Endpoint> = {
  [Status in keyof E['responses']]: E['responses'][Status] extends z.ZodType
    ? z.output<E['responses'][Status]>
    : E['responses'][Status] extends null
      ? undefined
      : Blob;
}[keyof E['responses']];

/** A path with its `:name` segments filled in (each value percent-encoded). */
export function fillPath(path: string, params: Readonly<Record<string, string | number>> = {}): string {
  return path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no value for :${name} in ${path}`);
    return encodeURIComponent(String(value));
  });
}
