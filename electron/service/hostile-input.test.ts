import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callInputs } from '../contract/hostile-arbitraries';
import { contract, methods, type Handlers, type Method } from '../contract/contract';
import { dispatch } from '../contract/dispatch';
import { openStore, parseDoc, type Store } from '../store/store';
import { startWebHost, TOKEN_HEADER, type WebHost } from '../web-host/server';
import { createService } from './service';

// At least 10,000 generated calls over every contract method (a method a feature adds is included
// automatically), through dispatch and the real service over a real store in a temp folder.
const TOTAL_RUNS = 10_000;
const runsPerMethod = Math.max(500, Math.ceil(TOTAL_RUNS / methods.length));
const seed = Number(process.env.LECTERN_FUZZ_SEED ?? Date.now() % 1_000_000);
const counts = { calls: 0, accepted: 0, rejected: 0 };
// How a well-formed call may be refused: bad input, or (for methods that take an id) an id that
// does not exist. Never internal, write-failed or read-only on a healthy store.
const REJECTIONS = new Set<string>(['invalid-input', 'not-found']);

let dir: string;
let store: Store;
let handlers: Handlers;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-fuzz-'));
  store = await openStore({ dataDir: dir });
  handlers = createService({ store });
});
afterAll(async () => {
  console.log(`[fuzz] seed ${seed}: ${counts.calls} generated calls over ${methods.length} methods: ${counts.accepted} accepted, ${counts.rejected} rejected (invalid-input or not-found)`);
  await rm(dir, { recursive: true, force: true });
});

const fileBytes = () => readFileSync(store.file);
const prototypeIsClean = () => {
  const probe = {} as Record<string, unknown>;
  return probe.polluted === undefined && Object.keys(Object.prototype).length === 0;
};

/**
 * One call: a valid answer for a valid input, invalid-input otherwise, and then nothing changed.
 * Returns what went wrong, or null.
 */
async function checkCall(method: Method, input: unknown): Promise<string | null> {
  const before = fileBytes();
  const docBefore = store.read();
  const reply = await dispatch(handlers, method, input);
  counts.calls += 1;
  if (!prototypeIsClean()) return `${method}: Object.prototype was polluted`;
  if (reply.ok) {
    counts.accepted += 1;
    return contract[method].output.safeParse(reply.value).success ? null : `${method} answered outside its output schema`;
  }
  counts.rejected += 1;
  if (!REJECTIONS.has(reply.error.code)) return `${method} failed with ${reply.error.code}: ${reply.error.message}`;
  if (reply.error.message.length > 2_000) return `${method}: a ${reply.error.message.length}-character error message`;
  if (!fileBytes().equals(before) || store.read() !== docBefore) return `${method}: a rejected call changed the data`;
  return null;
}

describe('every contract method under hostile input', () => {
  it.each(methods)('%s answers a valid result or invalid-input, and rejected calls change nothing', async (method) => {
    await fc.assert(
      fc.asyncProperty(callInputs(method), async (input) => {
        expect(await checkCall(method, input)).toBeNull();
      }),
      { numRuns: runsPerMethod, seed },
    );
    expect(counts.calls).toBeGreaterThanOrEqual(runsPerMethod);
  }, 120_000);

  it(`made at least ${TOTAL_RUNS} calls, and the file still opens and validates`, async () => {
    expect(counts.calls).toBeGreaterThanOrEqual(TOTAL_RUNS);
    expect(counts.accepted).toBeGreaterThan(0);
    expect(counts.rejected).toBeGreaterThan(counts.calls / 3);
    expect(parseDoc(fileBytes())).toMatchObject({ ok: true });
    const reopened = await openStore({ dataDir: dir });
    expect(reopened.notices()).toEqual([]);
    // Compared as JSON: a valid -0 is kept in memory and written as 0, which is the same place.
    expect(reopened.read()).toEqual(JSON.parse(JSON.stringify(store.read())));
  });
});

describe('the web host under hostile JSON bodies', () => {
  let host: WebHost;
  beforeAll(async () => {
    host = await startWebHost({ handlers, staticDir: dir });
  });
  afterAll(() => host.close());

  const post = (method: string, body: string) =>
    fetch(`${host.url}api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token }, body });

  it('answers 200 or 400 with a JSON reply for every method, leaves the file alone on 400, and keeps serving', async () => {
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...methods), fc.context(), async (method, ctx) => {
        const input = fc.sample(callInputs(method), { numRuns: 1, seed: seed + sent })[0];
        // What a browser can send: JSON (undefined dropped, NaN and Infinity become null).
        const body = JSON.stringify(input) ?? '';
        ctx.log(body.slice(0, 200));
        const before = fileBytes();
        const response = await post(method, body);
        sent += 1;
        const reply = (await response.json()) as { ok: boolean; error?: { code: string } };
        expect([200, 400, 413]).toContain(response.status);
        expect(reply.ok).toBe(response.status === 200);
        expect(reply.ok || fileBytes().equals(before)).toBe(true);
      }),
      { numRuns: 300, seed },
    );
    const status = await post('app.status', '{}');
    expect(status.status).toBe(200);
    console.log(`[fuzz] ${sent} hostile bodies over HTTP, the host still serving`);
  }, 120_000);
});
