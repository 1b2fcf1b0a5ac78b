/** The trash channels of the contract (filled in by the trash work). */
export const trashChannels = {} as const;
