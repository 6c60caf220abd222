/**
 * An Anki collection in the legacy schema 11 (`collection.anki2`), the layout every Anki since 2.1
 * imports from an `.apkg` (rslib `storage/schema11.sql`; newer Anki upgrades it on import). Written
 * with sql.js, SQLite compiled to WebAssembly, so it runs the same in the main process and in tests.
 */
import initSqlJs, { type Database } from 'sql.js/dist/sql-wasm-inline.js';
import { lecternNotetypes } from './notetypes';
import type { AnkiCardState, RevlogRow } from './scheduling';

const SCHEMA = `
create table col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null, dconf text not null, tags text not null);
create table notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
create table cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
create table revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
create table graves (usn integer not null, oid integer not null, type integer not null);
create index ix_notes_usn on notes (usn);
create index ix_cards_usn on cards (usn);
create index ix_revlog_usn on revlog (usn);
create index ix_cards_nid on cards (nid);
create index ix_cards_sched on cards (did, queue, due);
create index ix_revlog_cid on revlog (cid);
create index ix_notes_csum on notes (csum);
`;

export interface AnkiNote {
  id: number;
  guid: string;
  notetypeId: number;
  fields: string;
  sortField: string;
  checksum: number;
  tags: readonly string[];
  card: AnkiCardState & { id: number };
}

export interface AnkiCollection {
  deckId: number;
  deckName: string;
  /** The collection's creation day, epoch seconds (review due days count from it). */
  crt: number;
  /** The export time, epoch milliseconds. */
  modMs: number;
  notes: readonly AnkiNote[];
  revlog: readonly RevlogRow[];
}

function deck(id: number, name: string, mod: number): Record<string, unknown> {
  return { id, name, mod, usn: -1, lrnToday: [0, 0], revToday: [0, 0], newToday: [0, 0], timeToday: [0, 0], collapsed: false, browserCollapsed: false, desc: '', dyn: 0, conf: 1, extendNew: 0, extendRev: 0 };
}

const DECK_CONFIG = {
  1: {
    id: 1, name: 'Default', mod: 0, usn: 0, maxTaken: 60, autoplay: true, timer: 0, replayq: true, dyn: false,
    new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20 },
    rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
    lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
  },
};

// Compiling SQLite's WebAssembly takes about a second: done once per process.
let sqlJs: ReturnType<typeof initSqlJs> | null = null;

/** The SQLite file of the collection, as bytes. */
export async function writeCollection(collection: AnkiCollection): Promise<Uint8Array> {
  sqlJs ??= initSqlJs();
  const SQL = await sqlJs;
  const db: Database = new SQL.Database();
  try {
    db.run('pragma journal_mode = delete');
    db.exec(SCHEMA);
    const mod = Math.floor(collection.modMs / 1000);
    const conf = { activeDecks: [collection.deckId], curDeck: collection.deckId, newSpread: 0, collapseTime: 1200, timeLim: 0, estTimes: true, dueCounts: true, curModel: null, nextPos: collection.notes.length + 1, sortType: 'noteFld', sortBackwards: false, addToCur: true };
    const decks = { 1: deck(1, 'Default', mod), [collection.deckId]: deck(collection.deckId, collection.deckName, mod) };
    db.run('insert into col values (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [
      collection.crt, collection.modMs, collection.modMs,
      JSON.stringify(conf), JSON.stringify(lecternNotetypes(mod, collection.deckId)), JSON.stringify(decks), JSON.stringify(DECK_CONFIG), '{}',
    ]);
    db.run('begin');
    for (const note of collection.notes) {
      // Anki pads the tag list with spaces so a search for " tag " matches whole tags.
      const tags = note.tags.length > 0 ? ` ${note.tags.join(' ')} ` : '';
      db.run('insert into notes values (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, \'\')', [note.id, note.guid, note.notetypeId, mod, tags, note.fields, note.sortField, note.checksum]);
      const c = note.card;
      db.run('insert into cards values (?, ?, ?, 0, ?, -1, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)', [c.id, note.id, collection.deckId, mod, c.type, c.queue, c.due, c.ivl, c.factor, c.reps, c.lapses, c.left, c.data]);
    }
    for (const r of collection.revlog) {
      db.run('insert into revlog values (?, ?, -1, ?, ?, ?, ?, ?, ?)', [r.id, r.cid, r.ease, r.ivl, r.lastIvl, r.factor, r.time, r.type]);
    }
    db.run('commit');
    return db.export();
  } finally {
    db.close();
  }
}
