import { z } from 'zod';
import { Pack, PACK_FORMAT_VERSION } from './pack-schema';

/**
 * The pack format as a JSON Schema (draft 2020-12), generated from the zod schemas that define it and
 * published as docs/pack.schema.json (`npm run data:pack-schema`; a test fails when the file is stale).
 * It describes the file as written (`io: 'input'`), so fields with defaults are optional. The rules
 * across fields (quotes verbatim, ids unique, answers among choices) are `validatePack`'s, not the
 * schema's: docs/packs.md lists them.
 */
export function packJsonSchema(): Record<string, unknown> {
  const { $schema, ...body } = z.toJSONSchema(Pack, { io: 'input', target: 'draft-2020-12' });
  return {
    $schema,
    $id: 'https://lectern.invalid/pack.schema.json',
    title: 'Lectern study pack',
    description: `A text with its deck, self-test and argument map, format version ${PACK_FORMAT_VERSION}. See docs/packs.md.`,
    ...body,
  };
}

/** The file's exact text: two-space JSON and a final newline, as the repository's other JSON. */
export function packJsonSchemaText(): string {
  return `${JSON.stringify(packJsonSchema(), null, 2)}\n`;
}
