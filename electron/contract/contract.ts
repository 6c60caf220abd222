/**
 * THE contract between the renderer and the main side: every method the renderer can call, by
 * name, with a zod schema for its input and one for its result. The preload bridge, the IPC
 * handlers, the web host and the renderer's client are all derived from this one object.
 */
import type { z } from 'zod';
import { annotationsContract } from './annotations';
import { argumentMapContract } from './argument-map';
import { coreContract } from './core';
import { flashcardsContract } from './flashcards';
import { libraryContract } from './library';
import { questionsContract } from './questions';
import { versionsContract } from './library-versions';
import { selftestContract } from './selftest';
import type { ContractSpec } from './spec';
import { transferContract } from './transfer';
export { StoreNotice } from './core';
export { ipcChannel } from './channels';

/** Every method, merged from one small contract per feature (a method name is `feature.verb`). */
export const contract = {
  ...coreContract,
  ...annotationsContract,
  ...flashcardsContract,
  ...selftestContract,
  ...transferContract,
  ...libraryContract,
  ...questionsContract,
  ...versionsContract,
  ...argumentMapContract,
} as const satisfies ContractSpec;

export type Contract = typeof contract;
export type Method = keyof Contract;
/** What a caller passes (before defaults and transforms). */
export type Input<M extends Method> = z.input<Contract[M]['input']>;
/** What a handler receives, once the schema has parsed it. */
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;

export const methods = Object.keys(contract) as Method[];

export function isMethod(name: string): name is Method {
  return Object.hasOwn(contract, name);
}

/** The API the renderer sees: one async function per method. */
export type StudyApi = { [M in Method]: (input: Input<M>) => Promise<Output<M>> };

/** The main side's implementation: one handler per method; a missing one is a compile error. */
export type Handlers = { [M in Method]: (input: ParsedInput<M>) => Promise<Output<M>> };

/** Error codes a call can fail with, the same over IPC and HTTP. */
export type ErrorCode = 'invalid-input' | 'unknown-method' | 'write-failed' | 'read-only' | 'internal';

/** A call's reply on the wire: success or a failure with a message a person can read. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };


/** Size cap of one request, in bytes of JSON (web host body and IPC payload alike). */
export const MAX_REQUEST_BYTES = 256 * 1024;
