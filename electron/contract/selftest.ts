/** Self-test methods and the part of the user's data document they own. */
import type { z } from 'zod';
import type { ContractSpec } from './spec';

export const selftestContract = {} as const satisfies ContractSpec;

/**
 * Top-level fields this feature adds to the store document. Each has a `.default(...)`, so a
 * document saved before the feature existed still validates (no schemaVersion bump needed).
 */
export const selftestStoreShape = {} satisfies Record<string, z.ZodType>;
