import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { httpProtocol, type Failure } from '../../shared';

export interface Refusal {
  readonly status: number;
  readonly error: Failure;
}

/** Names this host answers to; anything else in Host is a DNS-rebinding attempt or a mistake. */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

function sameSecret(given: string, expected: string): boolean {
  const left = Buffer.from(given);
  const right = Buffer.from(expected);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Refuses requests from a foreign Host or Origin for every path. */
export function checkOrigin(request: IncomingMessage, port: number): Refusal | undefined {
  const hosts = allowedHosts(port);
  if (!hosts.has(request.headers.host ?? '')) {
    return { status: 403, error: { code: 'unauthorized', message: 'This host only answers to 127.0.0.1 or localhost.' } };
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !hosts.has(origin.replace(/^http:\/\//, ''))) {
    return { status: 403, error: { code: 'unauthorized', message: `Requests from ${origin} are refused.` } };
  }
  return undefined;
}

/** API calls must carry the secret this launch printed in its URL. */
export function checkToken(request: IncomingMessage, token: string): Refusal | undefined {
  const given = request.headers[httpProtocol.tokenHeader];
  if (typeof given === 'string' && sameSecret(given, token)) return undefined;
  return {
    status: 401,
    error: { code: 'unauthorized', message: 'The API token is missing or wrong: open the full URL the host printed.' },
  };
}

/**
 * A download is a link the browser follows, which cannot carry a header: it carries the same secret in its query,
 * as the printed URL does. The header is accepted too.
 */
export function checkTokenInQuery(request: IncomingMessage, query: URLSearchParams, token: string): Refusal | undefined {
  const given = query.get(httpProtocol.tokenQuery);
  if (given !== null && sameSecret(given, token)) return undefined;
  return checkToken(request, token);
}
