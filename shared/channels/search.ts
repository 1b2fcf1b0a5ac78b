/** The search channels of the contract (filled in by the search work). */
export const searchChannels = {} as const;
