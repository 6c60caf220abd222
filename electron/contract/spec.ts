import type { z } from 'zod';

/** The shape of a (feature's) contract: method name -> input and output schemas. */
export type ContractSpec = Record<string, { input: z.ZodType; output: z.ZodType }>;

/** Handlers for one feature's contract: each gets the parsed input and resolves with the output. */
export type FeatureHandlers<C extends ContractSpec> = {
  [M in keyof C]: (input: z.output<C[M]['input']>) => Promise<z.output<C[M]['output']>>;
};
