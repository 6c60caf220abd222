/** Puts annotations in the store through the contract (bridge or web host), for specs that need many. */
import type { Page } from '@playwright/test';
import { callApi } from './api-call';

export { callApi };

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
