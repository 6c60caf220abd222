/**
 * The bridge: exposes `window.lectern`, one function per contract method, each invoking its own IPC
 * channel. Never exposes ipcRenderer itself. Replies arrive as Reply values and are unwrapped here
 * so the renderer sees the same StudyApi as over HTTP. The method names come from main once, at
 * start, so this bundle does not carry the contract's schemas.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { METHODS_CHANNEL, ipcChannel } from '../contract/channels';
import type { Reply, StudyApi } from '../contract/contract';
import { StudyCallError } from '../contract/call-error';

const methods = ipcRenderer.sendSync(METHODS_CHANNEL) as string[];

const api = Object.fromEntries(
  methods.map((method) => [
    method,
    async (input: unknown) => {
      const reply = (await ipcRenderer.invoke(ipcChannel(method), input)) as Reply<unknown>;
      if (reply.ok) return reply.value;
      throw new StudyCallError(reply.error.code, reply.error.message);
    },
  ]),
) as StudyApi;

contextBridge.exposeInMainWorld('lectern', api);
