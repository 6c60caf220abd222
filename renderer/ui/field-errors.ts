import type { z } from 'zod';

/**
 * A form checked with the contract's own schema, so it says what the service would refuse: the first
 * message per field, as a sentence; anything not about one of `fields` goes under `form`. `at` is
 * where the form's fields sit in the schema's input (`['credits']` for `{ id, credits: {...} }`).
 */
export function fieldErrors<K extends string>(schema: z.ZodType, value: unknown, fields: readonly K[], at: readonly string[] = []): Partial<Record<K | 'form', string>> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return {};
  const errors: Partial<Record<K | 'form', string>> = {};
  for (const issue of parsed.error.issues) {
    const inside = at.every((part, index) => issue.path[index] === part);
    const field = inside ? issue.path[at.length] : undefined;
    const key = typeof field === 'string' && (fields as readonly string[]).includes(field) ? (field as K) : 'form';
    errors[key] ??= issue.message.charAt(0).toUpperCase() + issue.message.slice(1) + '.';
  }
  return errors;
}
