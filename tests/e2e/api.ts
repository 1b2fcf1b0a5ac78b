import type { APIRequestContext } from '@playwright/test';
import { httpProtocol, type Channel, type ChannelInput, type ChannelOutput, type Result } from '../../shared';
import type { Host } from './fixtures';

/** Calls the browser host's API as the page does, with the launch token; for preparing data, not for checking the UI. */
export async function callApi<C extends Channel>(
  request: APIRequestContext,
  host: Host,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const response = await request.post(`${host.origin}${httpProtocol.apiPath}${channel}`, {
    headers: { [httpProtocol.tokenHeader]: host.token },
    data: input,
  });
  const result = (await response.json()) as Result<ChannelOutput<C>>;
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message}`);
  return result.value;
}
