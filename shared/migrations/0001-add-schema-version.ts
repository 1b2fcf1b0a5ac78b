/**
 * Version 0 is a case document without a schemaVersion, as early hand-made and prototype files were written,
 * where empty collections could be left out. Version 1 names its version and holds every collection.
 */
export function addSchemaVersion(document: Record<string, unknown>): Record<string, unknown> {
  const collections = ['incidents', 'sources', 'quotes', 'entities', 'annotations', 'incidentLinks'];
  const filled = Object.fromEntries(collections.map((name) => [name, document[name] ?? []]));
  return { ...document, ...filled, schemaVersion: 1 };
}
