/**
 * Who made a study pack and on what terms: asked for when a document is exported as a pack (the
 * manifest's packAuthor, licence and language, and an optional description), and remembered in the
 * settings for the next export. The same rules as the pack format's manifest (pack-schema.ts).
 */
import { z } from 'zod';

const Words = (max: number, what: string) => z.string().trim().min(1, `${what} cannot be empty`).max(max, `${what} holds at most ${max} characters`);

/** The licences offered first; any other SPDX id or words are kept as written. */
export const SUGGESTED_LICENCES = ['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC0-1.0', 'All rights reserved'] as const;

export const PackCredits = z
  .object({
    packAuthor: Words(200, 'Made by'),
    licence: Words(200, 'A licence'),
    language: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, 'A language is a tag such as en, de or pt-BR'),
    description: z.string().trim().max(2000, 'A description holds at most 2,000 characters').optional(),
  })
  .strict();
export type PackCredits = z.infer<typeof PackCredits>;

/** What the export dialog starts from: the pack's own credits, else the last ones used; packAuthor may be empty. */
export const PackCreditsDraft = z.object({ packAuthor: z.string(), licence: z.string(), language: z.string(), description: z.string() });
export type PackCreditsDraft = z.infer<typeof PackCreditsDraft>;

/** The credits kept in the settings for the next export (a description is each pack's own). */
export const RememberedPackCredits = PackCredits.omit({ description: true });
