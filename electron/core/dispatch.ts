import type { z } from 'zod';
import { contract, failure, isChannel, messageOf, parseInput, type CallContext, type Channel, type Handler, type Handlers, type Result } from '../../shared';

/**
 * The one door into the core for both hosts: checks the channel name, validates the input against the contract's
 * schema (naming the field that is wrong), and turns anything thrown into an `internal` failure value.
 */
export async function dispatch(
  handlers: Partial<Handlers>,
  channel: unknown,
  input: unknown,
  context: CallContext,
): Promise<Result<unknown>> {
  if (!isChannel(channel) || !handlers[channel]) return failure('unknown-channel', `There is no channel called "${String(channel)}".`);
  const parsed = parseInput(contract[channel].input as z.ZodType<unknown, unknown>, input ?? {});
  if (!parsed.ok) return parsed;
  const handler = handlers[channel] as Handler<Channel>;
  try {
    return await handler(parsed.value as never, context);
  } catch (error) {
    const detail = messageOf(error);
    return failure('internal', `Dossier hit an unexpected problem on ${channel}: ${detail}`);
  }
}
