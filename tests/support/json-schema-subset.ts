/**
 * A dependency-free check of JSON values against the part of JSON Schema (draft 7) that CSL's csl-data.json uses:
 * type (one or several), enum, properties, required, additionalProperties: false, items, minItems, maxItems, anyOf
 * and $ref to "#/definitions/…". A schema using any other keyword is refused, so the check never passes by ignoring
 * a rule it does not know.
 */
export interface Schema {
  readonly [keyword: string]: unknown;
}

const known = new Set([
  '$schema', '$id', 'title', 'description', 'examples', 'definitions',
  'type', 'enum', 'properties', 'required', 'additionalProperties', 'items', 'minItems', 'maxItems', 'anyOf', '$ref',
]);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(value: unknown, expected: unknown): boolean {
  const types = Array.isArray(expected) ? expected : [expected];
  const actual = typeOf(value);
  return types.some((type) => type === actual || (type === 'number' && actual === 'integer'));
}

export class SchemaChecker {
  constructor(private readonly root: Schema) {}

  /** Every way the value breaks the schema, each naming where ("$[0].custom"); empty when it conforms. */
  problems(value: unknown, schema: Schema = this.root, path = '$'): string[] {
    const unknownKeywords = Object.keys(schema).filter((keyword) => !known.has(keyword));
    if (unknownKeywords.length > 0) throw new Error(`${path}: the checker does not know ${unknownKeywords.join(', ')}`);
    if (typeof schema.$ref === 'string') return this.problems(value, this.resolve(schema.$ref), path);
    if (Array.isArray(schema.anyOf)) return this.anyOf(value, schema.anyOf as Schema[], path);
    if (schema.type !== undefined && !typeMatches(value, schema.type)) {
      return [`${path}: is ${typeOf(value)}, expected ${JSON.stringify(schema.type)}`];
    }
    if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
      return [`${path}: ${JSON.stringify(value)} is not one of the allowed values`];
    }
    if (Array.isArray(value)) return this.arrayProblems(value, schema, path);
    if (typeOf(value) === 'object') return this.objectProblems(value as Record<string, unknown>, schema, path);
    return [];
  }

  private resolve(reference: string): Schema {
    const name = /^#\/definitions\/(.+)$/.exec(reference)?.[1];
    const definitions = this.root.definitions as Record<string, Schema> | undefined;
    const target = name === undefined ? undefined : definitions?.[name];
    if (!target) throw new Error(`The schema has no ${reference}`);
    return target;
  }

  private anyOf(value: unknown, options: readonly Schema[], path: string): string[] {
    const results = options.map((option) => this.problems(value, option, path));
    return results.some((problems) => problems.length === 0) ? [] : results.flat();
  }

  private arrayProblems(value: readonly unknown[], schema: Schema, path: string): string[] {
    const problems: string[] = [];
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) {
      problems.push(`${path}: has ${value.length} items, at least ${schema.minItems} needed`);
    }
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) {
      problems.push(`${path}: has ${value.length} items, at most ${schema.maxItems} allowed`);
    }
    const items = schema.items as Schema | undefined;
    if (items) value.forEach((item, index) => problems.push(...this.problems(item, items, `${path}[${index}]`)));
    return problems;
  }

  private objectProblems(value: Record<string, unknown>, schema: Schema, path: string): string[] {
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    const problems: string[] = [];
    for (const name of (schema.required ?? []) as string[]) {
      if (!(name in value)) problems.push(`${path}: lacks required "${name}"`);
    }
    for (const [name, child] of Object.entries(value)) {
      const childSchema = Object.hasOwn(properties, name) ? properties[name] : undefined;
      if (childSchema) problems.push(...this.problems(child, childSchema, `${path}.${name}`));
      else if (schema.additionalProperties === false) problems.push(`${path}: "${name}" is not allowed`);
    }
    return problems;
  }
}
