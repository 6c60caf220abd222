/**
 * The child process the crash harness kills: the real store, service and dispatch, driven by one JSON
 * request per line on stdin (`{ id, method, input }`), answering one line per request on stdout
 * (`{ id, reply }`) only once the call has resolved, i.e. once a write is durable. It takes the data
 * folder's lock first, as the web host does, so every restart also exercises a stale-lock takeover.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { dispatch } from '../../contract/dispatch';
import { finishDocument } from '../../domain/import/finish-document';
import { PASTE_NAME, pasteImporter } from '../../domain/import/paste-importer';
import { createStudyService } from '../../service/service';
import { acquireDataDirLock } from '../data-dir-lock';
import { openStore } from '../store';

// --ack-early exists only to prove the harness catches a store that acknowledges before the write
// is durable: it answers every call at once, then does it.
const { values } = parseArgs({ options: { 'data-dir': { type: 'string' }, 'ack-early': { type: 'boolean' } } });
const dataDir = values['data-dir'];
if (!dataDir) throw new Error('writer: --data-dir is required');

acquireDataDirLock(dataDir);
const store = await openStore({ dataDir });
// The real paste importer, without the file formats' parsers (linkedom, readability): the harness
// starts this process hundreds of times, and only pastes.
const importer = {
  acceptedExtensions: [],
  importFile: () => Promise.reject(new Error('the crash writer imports pastes only')),
  importPastedText: async (paste: { text: string; title: string; author: string }) =>
    pasteImporter.parse({ bytes: new TextEncoder().encode(paste.text), fileName: PASTE_NAME, title: paste.title, author: paste.author }),
  finishDocument,
};
const service = createStudyService({ store, importer });
const handlers = service.handlers;
// Ready only once start-up's sweep of half-made imports is done, so the harness checks its result.
await service.ready;
process.stdout.write(`${JSON.stringify({ ready: true, notices: store.notices() })}\n`);

createInterface({ input: process.stdin }).on('line', (line) => {
  const { id, method, input } = JSON.parse(line) as { id: number; method: string; input: unknown };
  const answer = (reply: unknown) => process.stdout.write(`${JSON.stringify({ id, reply })}\n`);
  if (values['ack-early']) {
    answer({ ok: true, value: null });
    void dispatch(handlers, method, input);
    return;
  }
  void dispatch(handlers, method, input).then(answer);
});
