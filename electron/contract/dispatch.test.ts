import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { defaultSettings } from './reader-values';
import { methods, type Handlers } from './contract';
import { CallError, dispatch } from './dispatch';

const position = { paragraphId: 'p1', offset: 3, percent: 12, updatedAt: '2026-01-01T00:00:00.000Z' };

/** Fakes for the core methods the tests call; feature methods are not reached here. */
function fakeHandlers() {
  const handlers = {
    'app.status': vi.fn<Handlers['app.status']>(async () => ({ notices: [], dataDir: '/data', readOnly: false, now: '2026-03-01T09:00:00.000Z' })),
    'app.dismissNotices': vi.fn<Handlers['app.dismissNotices']>(async () => ({ ok: true as const })),
    'settings.get': vi.fn<Handlers['settings.get']>(async () => defaultSettings),
    'settings.update': vi.fn<Handlers['settings.update']>(async (patch) => ({ ...defaultSettings, ...patch })),
    'reading.get': vi.fn<Handlers['reading.get']>(async () => null),
    'reading.save': vi.fn<Handlers['reading.save']>(async ({ documentId: _documentId, ...rest }) => ({ ...rest, updatedAt: position.updatedAt })),
  };
  // Every feature's other methods answer an empty value here: these tests are about dispatch itself.
  const fallback = async () => ({});
  return new Proxy(handlers, { get: (target, name) => (name in target ? target[name as keyof typeof target] : fallback) }) as Handlers & typeof handlers;
}

const validSave = { documentId: 'japan-nato', paragraphId: 'p1', offset: 3, percent: 12 };

describe('dispatch', () => {
  it('calls the handler with the parsed input and wraps its value', async () => {
    const handlers = fakeHandlers();
    await expect(dispatch(handlers, 'reading.save', validSave)).resolves.toEqual({ ok: true, value: position });
    expect(handlers['reading.save']).toHaveBeenCalledWith(validSave);
  });

  it('treats a missing input as an empty object for methods that take none', async () => {
    await expect(dispatch(fakeHandlers(), 'settings.get', undefined)).resolves.toEqual({ ok: true, value: defaultSettings });
    await expect(dispatch(fakeHandlers(), 'app.status', null)).resolves.toMatchObject({ ok: true });
  });

  it.each(['nope', 'settings', 'settings.delete', '__proto__', 'constructor', 'toString', 'hasOwnProperty', ''])(
    'answers unknown-method for %j',
    async (name) => {
      const reply = await dispatch(fakeHandlers(), name, {});
      expect(reply).toEqual({ ok: false, error: { code: 'unknown-method', message: `Unknown method: ${name}` } });
    },
  );

  it('cuts a very long unknown method name in its message', async () => {
    const reply = await dispatch(fakeHandlers(), 'x'.repeat(10_000), {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'unknown-method', message: expect.stringMatching(/^.{1,120}$/) } });
  });

  const invalid: { method: string; input: unknown; field: string }[] = [
    { method: 'settings.update', input: { fontSizeStep: 'big' }, field: 'fontSizeStep' },
    { method: 'settings.update', input: { fontSizeStep: 7 }, field: 'fontSizeStep' },
    { method: 'settings.update', input: { fontSizeStep: -1 }, field: 'fontSizeStep' },
    { method: 'settings.update', input: { fontSizeStep: 2.5 }, field: 'fontSizeStep' },
    { method: 'settings.update', input: { theme: 'neon' }, field: 'theme' },
    { method: 'settings.update', input: { lineWidth: 3 }, field: 'lineWidth' },
    { method: 'settings.update', input: { colour: 'red' }, field: 'colour' },
    { method: 'settings.get', input: { extra: 1 }, field: 'extra' },
    { method: 'reading.get', input: {}, field: 'documentId' },
    { method: 'reading.get', input: { documentId: '' }, field: 'documentId' },
    { method: 'reading.get', input: { documentId: 'Japan NATO!' }, field: 'documentId' },
    { method: 'reading.get', input: { documentId: '../../etc' }, field: 'documentId' },
    { method: 'reading.get', input: { documentId: 'a'.repeat(65) }, field: 'documentId' },
    { method: 'reading.get', input: { documentId: 42 }, field: 'documentId' },
    { method: 'reading.save', input: { ...validSave, offset: -1 }, field: 'offset' },
    { method: 'reading.save', input: { ...validSave, offset: 1.5 }, field: 'offset' },
    { method: 'reading.save', input: { ...validSave, percent: 101 }, field: 'percent' },
    { method: 'reading.save', input: { ...validSave, paragraphId: '' }, field: 'paragraphId' },
    { method: 'reading.save', input: { ...validSave, documentId: 'A B' }, field: 'documentId' },
    { method: 'reading.save', input: { ...validSave, updatedAt: '1999-01-01' }, field: 'updatedAt' },
  ];

  it.each(invalid)('answers invalid-input naming $field for $method $input', async ({ method, input, field }) => {
    const handlers = fakeHandlers();
    const reply = await dispatch(handlers, method, input);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(new RegExp(`^Invalid input for ${method.replace('.', '\\.')}: `)) } });
    expect(reply).toMatchObject({ error: { message: expect.stringContaining(field) } });
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it.each([['a string', 'hello'], ['a number', 42], ['an array', [1, 2]], ['true', true]])(
    'answers invalid-input when the input is %s rather than an object',
    async (_name, input) => {
      const reply = await dispatch(fakeHandlers(), 'settings.update', input);
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    },
  );

  it('answers invalid-input, and calls no handler, when the schema itself throws on the input', async () => {
    // fast-check's counterexample from the hostile-input test: a string field whose length is an
    // object without a prototype (zod's length check cannot turn it into a number, and throws).
    const handlers = fakeHandlers();
    const reply = await dispatch(handlers, 'reading.save', { ...validSave, documentId: { length: Object.create(null) } });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/^Invalid input for reading\.save: /) } });
    expect(handlers['reading.save']).not.toHaveBeenCalled();
  });

  it('passes a CallError from the handler through with its code and message', async () => {
    const handlers: Handlers = fakeHandlers();
    handlers['settings.update'] = async () => {
      throw new CallError('write-failed', 'Not saved: disk full.');
    };
    await expect(dispatch(handlers, 'settings.update', { theme: 'dark' })).resolves.toEqual({
      ok: false,
      error: { code: 'write-failed', message: 'Not saved: disk full.' },
    });
  });

  it('reports any other failure as internal, naming the method', async () => {
    const handlers: Handlers = fakeHandlers();
    handlers['settings.get'] = async () => {
      throw new TypeError('boom');
    };
    await expect(dispatch(handlers, 'settings.get', {})).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong in settings.get: boom' },
    });
  });

  it('answers every method and any JSON input with a reply, never a throw', async () => {
    const codes = new Set(['invalid-input', 'unknown-method']);
    await fc.assert(
      // Methods the fake implements; each feature fuzzes its own methods against its real service.
      fc.asyncProperty(fc.constantFrom(...methods.filter((m) => m in fakeHandlers()), 'bogus.method'), fc.jsonValue(), async (method, input) => {
        const reply = await dispatch(fakeHandlers(), method, input);
        // Either a value, or a failure the caller can act on, with words in it.
        const failure = reply.ok ? null : reply.error;
        expect(failure === null || (codes.has(failure.code) && failure.message.length > 0)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
