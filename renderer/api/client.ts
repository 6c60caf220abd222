/**
 * The renderer's one door to the main side: `window.lectern` (the preload bridge) in Electron, else
 * the web host over HTTP. Typed by the contract; no zod or method list is bundled here, the proxy
 * forwards any method name and the main side validates it.
 */
import type { Reply, StudyApi } from '../../electron/contract/contract';
import { StudyCallError } from '../../electron/contract/call-error';
import { countingChanges } from './change-count';
import { changesInOrder } from './in-order';

declare global {
  interface Window {
    lectern?: StudyApi;
  }
}

const TOKEN_KEY = 'lectern.token';

/** Takes the token from `?token=` once, keeps it for this tab, and removes it from the address bar. */
function takeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** Reads the web host's answer to one call: its value, or the StudyCallError it reports. */
export async function valueOfResponse(sent: Promise<Response>): Promise<unknown> {
  let response: Response;
  try {
    response = await sent;
  } catch {
    throw new StudyCallError('network', 'Lectern’s local server did not answer. Is it still running?');
  }
  let reply: Reply<unknown>;
  try {
    reply = (await response.json()) as Reply<unknown>;
  } catch {
    throw new StudyCallError('internal', `Lectern’s local server sent an unreadable answer (HTTP ${response.status}).`);
  }
  if (reply.ok) return reply.value;
  throw new StudyCallError(reply.error.code, reply.error.message);
}

// A request sent with `keepalive` outlives the page; the browser takes at most 64 KiB of such bodies at once.
const KEEPALIVE_MAX_BYTES = 60_000;

// Set from pagehide until a page kept in the back-forward cache shows again: the document may still
// say "visible" while pagehide runs (HTML's unload fires it before the visibility turns hidden).
let pageHidden = false;

/** The tab is being hidden or closed: what is sent now must outlive the page. */
const leaving = () => pageHidden || document.visibilityState === 'hidden';

/** Calls `listener` as the tab is hidden or the page is left. */
function onLeaving(listener: () => void): void {
  document.addEventListener('visibilitychange', () => {
    if (leaving()) listener();
  });
  window.addEventListener('pagehide', () => {
    pageHidden = true;
    listener();
  });
  window.addEventListener('pageshow', () => void (pageHidden = false));
}

function httpApi(token: string): StudyApi {
  // public/early.js sends its boot calls the same way: keep the two in step.
  const call = (method: string, input: unknown): Promise<unknown> => {
    const body = JSON.stringify(input ?? {});
    return valueOfResponse(
      fetch(`api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-lectern-token': token },
        body,
        keepalive: leaving() && new TextEncoder().encode(body).length < KEEPALIVE_MAX_BYTES,
      }),
    );
  };
  return new Proxy({} as StudyApi, {
    get: (_target, method) => (input: unknown) => call(String(method), input),
  });
}

// Pre-rendering the first screen on the main side (first-screen/render.tsx) imports this with no
// window: rendering asks nothing, so there the door is one that says so if anything knocks.
const inBrowser = typeof window !== 'undefined';
const token = inBrowser && !window.lectern ? takeToken() : '';

const notWhilePreRendering = new Proxy({} as StudyApi, {
  get: (_target, method) => () => Promise.reject(new StudyCallError('internal', `${String(method)} cannot be asked while the first screen is pre-rendered.`)),
});

// Counted so a kept view (the library's list) knows when what it read may have changed.
export const api: StudyApi = countingChanges(inBrowser ? (window.lectern ?? changesInOrder(httpApi(token), { leaving, onLeaving })) : notWhilePreRendering);

/** The tab's token for the web host's other endpoints (the import upload); '' in Electron. */
export function hostToken(): string {
  return token;
}
