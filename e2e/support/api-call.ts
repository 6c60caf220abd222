import type { Page } from '@playwright/test';

/** Calls a contract method from the page, as the renderer does over the web host (test setup only). */
export async function callApi<T = unknown>(page: Page, method: string, input: unknown = {}): Promise<T> {
  return page.evaluate(
    async ([m, body]) => {
      // Electron: the preload bridge; the web host: HTTP with the tab's token.
      const bridge = (window as unknown as { lectern?: Record<string, (input: unknown) => Promise<unknown>> }).lectern;
      if (bridge) return bridge[m]!(body);
      const response = await fetch(`api/${m}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-lectern-token': sessionStorage.getItem('lectern.token') ?? '' },
        body: JSON.stringify(body),
      });
      const reply = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
      if (!reply.ok) throw new Error(reply.error?.message ?? 'call failed');
      return reply.value;
    },
    [method, input] as const,
  ) as Promise<T>;
}
