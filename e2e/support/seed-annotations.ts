/** Puts annotations in the store through the contract (as the web host serves it), for specs that need many. */
import type { Page } from '@playwright/test';

/** Calls one contract method from the page, with the page's own token; rejects with the server's message. */
export function callApi<T>(page: Page, method: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, input }) => {
      const response = await fetch(`api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-lectern-token': sessionStorage.getItem('lectern.token') ?? '' },
        body: JSON.stringify(input),
      });
      const reply = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
      if (!reply.ok) throw new Error(reply.error?.message);
      return reply.value as never;
    },
    { method, input },
  );
}

/** A highlight from paragraph-local offsets. */
export function createAnnotation(page: Page, paragraphId: string, start: number, end: number, extra: Record<string, unknown> = {}) {
  return callApi<{ id: string }>(page, 'annotations.create', {
    documentId: 'japan-nato',
    from: { paragraphId, offset: start },
    to: { paragraphId, offset: end },
    color: 'yellow',
    ...extra,
  });
}
