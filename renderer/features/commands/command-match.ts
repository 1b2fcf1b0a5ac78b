import type { Command } from './command-registry';

/**
 * How well a command answers what was typed: every word typed must start a word of the title, group or keywords
 * ("new inc" finds "New incident"); titles that begin with the first word rank first. Undefined when it does not
 * match at all.
 */
export function commandScore(command: Command, query: string): number | undefined {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return 0;
  const haystack = [command.title, command.group, ...(command.keywords ?? [])].join(' ').toLowerCase();
  const targets = haystack.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (!words.every((word) => targets.some((target) => target.startsWith(word)))) return undefined;
  return command.title.toLowerCase().startsWith(words[0]!) ? 2 : 1;
}

/** The commands that match, best first, in their registered order within a score. */
export function matchingCommands(commands: readonly Command[], query: string): Command[] {
  return commands
    .map((command, index) => ({ command, index, score: commandScore(command, query) }))
    .filter((entry): entry is { command: Command; index: number; score: number } => entry.score !== undefined)
    .sort((left, right) => right.score - left.score || left.index - right.index)
    .map((entry) => entry.command);
}
