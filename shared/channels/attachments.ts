/** The attachments channels of the contract (filled in by the attachments work). */
export const attachmentChannels = {} as const;
