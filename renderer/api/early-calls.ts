/**
 * The boot calls `public/early.js` started before the bundle was parsed, taken over here once each, so
 * the reader's first screen waits only for answers already travelling instead of asking after the
 * bundle ran. early.js is a blocking classic script in <head> (CSP allows only 'self' scripts, no
 * inline ones) that also applies the last theme; it sends `settings.get` and `library.open` (of the
 * document the address names, else the one read last: the same input useReaderBoot asks with)
 * through the preload bridge in Electron, else to the web host over HTTP with the tab's token, as
 * client.ts sends them. Its errors are caught there and reported here, where the answer is read.
 * A call asked with other input, asked twice (a retry), or started over another transport than the
 * one the client uses, is asked again.
 */
import type { Input, Method, Output } from '../../electron/contract/contract';
import { api, valueOfResponse } from './client';

type EarlyCall = { input: string; answer: Promise<unknown> };
type EarlyCalls = { via: 'bridge' | 'http'; calls: Partial<Record<string, EarlyCall>> };

declare global {
  interface Window {
    lecternEarlyCalls?: EarlyCalls;
  }
}

function takeEarly<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> | null {
  const early = window.lecternEarlyCalls;
  const call = early?.calls[method];
  if (!early || !call) return null;
  delete early.calls[method];
  if (call.input !== JSON.stringify(input) || early.via !== (window.lectern ? 'bridge' : 'http')) return null;
  // Over the bridge the answer is already the value; over HTTP it is read exactly as the client reads it.
  const answer = early.via === 'bridge' ? call.answer : valueOfResponse(call.answer as Promise<Response>);
  return answer as Promise<Output<M>>;
}

/** The early answer to this call when early.js started it with the same input, else a new call. */
export function earlyOrAsk<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  return takeEarly(method, input) ?? (api[method] as (input: Input<M>) => Promise<Output<M>>)(input);
}
