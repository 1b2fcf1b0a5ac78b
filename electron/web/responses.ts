import type { ServerResponse } from 'node:http';
import type { Result } from '../../shared';
import { securityHeaders } from '../hosting/security-headers';

/** Every answer of the API is a JSON `Result`, whatever its status code. */
export function send(response: ServerResponse, status: number, result: Result<unknown>, headers: Readonly<Record<string, string>> = {}): void {
  response.writeHead(status, { ...securityHeaders, ...headers, 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(result));
}

/**
 * Refuses a request whose body has not been read: the connection is closed after the answer, so the client stops
 * sending (a refused 2 GB upload is not read to its end just to be thrown away).
 */
export function refuseUnread(response: ServerResponse, status: number, result: Result<unknown>): void {
  send(response, status, result, { Connection: 'close' });
}
