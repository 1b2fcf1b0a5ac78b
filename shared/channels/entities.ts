/** The entities channels of the contract (filled in by the entities work). */
export const entityChannels = {} as const;
