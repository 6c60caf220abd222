import { z } from 'zod';

/**
 * What saving an export through the desktop's dialog came to. `unavailable` where there is no such
 * dialog (the web version): the caller then downloads the file from the matching `*.export` method.
 */
export const SaveOutcome = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('saved'), path: z.string() }),
  z.object({ outcome: z.literal('cancelled') }),
  z.object({ outcome: z.literal('unavailable') }),
]);
export type SaveOutcome = z.infer<typeof SaveOutcome>;
