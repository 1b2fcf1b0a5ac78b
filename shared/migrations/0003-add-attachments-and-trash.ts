/**
 * Version 3 adds attachments and the trash, and fields that validation fills with their defaults: a quote's anchor
 * state and locator, an incident's claims, an annotation's tags.
 */
export function addAttachmentsAndTrash(document: Record<string, unknown>): Record<string, unknown> {
  return { ...document, attachments: document.attachments ?? [], trash: document.trash ?? [], schemaVersion: 3 };
}
