import { z } from 'zod';
import { errorCodes, failure, httpProtocol, messageOf, type Channel, type ChannelInput, type ChannelOutput, type Invoke, type Result } from '../../shared';

export interface HttpTransportOptions {
  /** The launch token the browser host printed in its URL. */
  readonly token: string;
  /** Injected so tests can stand in for the network. */
  readonly fetch: typeof fetch;
  /** Prefix of the API path; empty means the page's own origin. */
  readonly baseUrl?: string;
}

const resultSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.enum(errorCodes), message: z.string() }) }),
]);

const hostAdvice = 'Check that the "npm run web" process is still running, then try again.';

/** Reads the launch token from the page address (`?token=…`), as the browser host printed it. */
export function tokenFromSearch(search: string): string {
  return new URLSearchParams(search).get(httpProtocol.tokenQuery) ?? '';
}

/** Carries the contract over HTTP to the browser host; every outcome, even a network failure, is a `Result`. */
export function createHttpInvoke(options: HttpTransportOptions): Invoke {
  const { token, fetch: send, baseUrl = '' } = options;
  return async <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> => {
    if (!token) {
      return failure(
        'unauthorized',
        'This page was opened without its access token. Open the full address that "npm run web" printed, including "?token=…".',
      );
    }
    let response: Response;
    try {
      response = await send(`${baseUrl}${httpProtocol.apiPath}${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [httpProtocol.tokenHeader]: token },
        body: JSON.stringify(input),
      });
    } catch (error) {
      return failure('internal', `Dossier could not reach its local host (${messageOf(error)}). ${hostAdvice}`);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return failure('internal', `The local host answered "${channel}" with status ${response.status} but no readable result. ${hostAdvice}`);
    }
    const parsed = resultSchema.safeParse(body);
    if (!parsed.success) {
      return failure('internal', `The local host answered "${channel}" with something that is not a result. ${hostAdvice}`);
    }
    return parsed.data as Result<ChannelOutput<C>>;
  };
}
