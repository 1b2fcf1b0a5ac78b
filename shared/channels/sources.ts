/** The sources channels of the contract (filled in by the sources work). */
export const sourceChannels = {} as const;
