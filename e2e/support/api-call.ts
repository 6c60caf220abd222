/**
 * Contract calls from the page, for test setup and checks: through the preload bridge in Electron,
 * over the web host's HTTP API with the tab's token otherwise, the way renderer/api picks. Specs use
 * these and never fetch('api/…') themselves, so each spec runs in both projects.
 */
import type { Page } from '@playwright/test';

/** A call's outcome as the page saw it. Across contextBridge only an error's message survives, so `code` is web-only. */
export type CallReply<T> = { ok: true; value: T; ms: number } | { ok: false; message: string; code?: string; ms: number };

export function callApiReply<T = unknown>(page: Page, method: string, input: unknown = {}): Promise<CallReply<T>> {
  return page.evaluate(
    async ([m, body]) => {
      const started = performance.now();
      const bridge = (window as unknown as { lectern?: Record<string, (input: unknown) => Promise<unknown>> }).lectern;
      if (bridge) {
        try {
          const value = await bridge[m]!(body);
          return { ok: true as const, value, ms: performance.now() - started };
        } catch (error) {
          return { ok: false as const, message: (error as Error).message, ms: performance.now() - started };
        }
      }
      const response = await fetch(`api/${m}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-lectern-token': sessionStorage.getItem('lectern.token') ?? '' },
        body: JSON.stringify(body),
      });
      const reply = (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
      const ms = performance.now() - started;
      return reply.ok ? { ok: true as const, value: reply.value, ms } : { ok: false as const, message: reply.error?.message ?? 'call failed', code: reply.error?.code ?? '', ms };
    },
    [method, input] as const,
  ) as Promise<CallReply<T>>;
}

/** The method's value; rejects with the main side's message. */
export async function callApi<T = unknown>(page: Page, method: string, input: unknown = {}): Promise<T> {
  const reply = await callApiReply<T>(page, method, input);
  if (!reply.ok) throw new Error(reply.message);
  return reply.value;
}
