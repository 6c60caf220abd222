/**
 * THE contract between the renderer and the main side: every method the renderer can call, by
 * name, with a zod schema for its input and one for its result. The preload bridge, the IPC
 * handlers, the web host and the renderer's client are all derived from this one object.
 */
import { z } from 'zod';
import { ReadingPosition, Settings } from './settings';

const ArticleId = z.string().min(1).max(64).regex(/^[a-z0-9-]+$/, 'an article id is lowercase letters, digits and dashes');

/** What happened to the user's data file at start-up, told once so the UI can say it. */
export const StoreNotice = z.object({
  kind: z.enum(['recovered-from-backup', 'started-clean', 'newer-version', 'migrated']),
  message: z.string(),
  keptAs: z.string().nullable(),
  at: z.string(),
});
export type StoreNotice = z.infer<typeof StoreNotice>;

const NoInput = z.object({}).strict();

export const contract = {
  'app.status': {
    input: NoInput,
    output: z.object({ notices: z.array(StoreNotice), dataDir: z.string(), readOnly: z.boolean() }),
  },
  'app.dismissNotices': { input: NoInput, output: z.object({ ok: z.literal(true) }) },
  'settings.get': { input: NoInput, output: Settings },
  'settings.update': { input: Settings.partial().strict(), output: Settings },
  'reading.get': {
    input: z.object({ articleId: ArticleId }).strict(),
    output: ReadingPosition.nullable(),
  },
  'reading.save': {
    input: z
      .object({
        articleId: ArticleId,
        paragraphId: ReadingPosition.shape.paragraphId,
        offset: ReadingPosition.shape.offset,
        percent: ReadingPosition.shape.percent,
      })
      .strict(),
    output: ReadingPosition,
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

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

/** IPC channel name for a method. */
export const ipcChannel = (method: Method): string => `lectern:${method}`;

/** Size cap of one request, in bytes of JSON (web host body and IPC payload alike). */
export const MAX_REQUEST_BYTES = 256 * 1024;
