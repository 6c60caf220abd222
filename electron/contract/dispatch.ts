/**
 * Runs one call against the handlers: validates the raw input with the method's schema, calls the
 * handler, and turns every outcome into a Reply. Both transports (IPC and the web host) use this, so
 * they cannot drift apart.
 */
import { z } from 'zod';
import { contract, isMethod, type Handlers, type Method, type Reply } from './contract';

/** A failure the service raises on purpose, carrying a code the caller can act on. */
export class CallError extends Error {
  constructor(
    readonly code: 'write-failed' | 'read-only' | 'invalid-input',
    message: string,
  ) {
    super(message);
    this.name = 'CallError';
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

export async function dispatch(handlers: Handlers, name: string, rawInput: unknown): Promise<Reply<unknown>> {
  if (!isMethod(name)) return { ok: false, error: { code: 'unknown-method', message: `Unknown method: ${name.slice(0, 80)}` } };
  const method: Method = name;
  // A schema's own checks can throw on a value no transport's JSON makes but IPC's structured clone
  // can (a string field whose `length` is an object with no prototype): that too is invalid input.
  let parsed: ReturnType<(typeof contract)[Method]['input']['safeParse']>;
  try {
    parsed = contract[method].input.safeParse(rawInput ?? {});
  } catch (error) {
    return { ok: false, error: { code: 'invalid-input', message: `Invalid input for ${method}: it could not be read (${error instanceof Error ? error.message.slice(0, 200) : 'not a value'})` } };
  }
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid-input', message: `Invalid input for ${method}: ${describeIssues(parsed.error)}` } };
  }
  try {
    const handler = handlers[method] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof CallError) return { ok: false, error: { code: error.code, message: error.message } };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'internal', message: `Something went wrong in ${method}: ${message}` } };
  }
}

/** Runs a task that is not a method call (the web host's upload) and turns its outcome into a Reply, as `dispatch` does. */
export async function replyOf(task: () => Promise<unknown>): Promise<Reply<unknown>> {
  try {
    return { ok: true, value: await task() };
  } catch (error) {
    if (error instanceof CallError) return { ok: false, error: { code: error.code, message: error.message } };
    return { ok: false, error: { code: 'internal', message: `Something went wrong in the import: ${error instanceof Error ? error.message : String(error)}` } };
  }
}
