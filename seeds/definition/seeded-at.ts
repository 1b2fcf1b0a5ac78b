/** Every object in the sample was created, changed and captured at this instant, so the seed is reproducible. */
export const seededAt = '2026-11-25T09:00:00.000Z';
