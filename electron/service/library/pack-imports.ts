/**
 * The library's side of a study pack import: a pack the content lint has something to say about is
 * held (by a token, in memory) until the user accepts the warnings or cancels; nothing of it is
 * saved before. A pack without findings is saved at once.
 */
import { randomUUID } from 'node:crypto';
import { CallError } from '../../contract/dispatch';
import { MAX_PICKED_FILES } from '../../contract/library-values';
import type { ImportOutcome, LibraryItem } from '../../contract/library';
import type { ImportResult } from '../../domain/import/importer';
import type { Pack } from '../../domain/pack/pack-schema';
import type { StoreDoc } from '../../store/schema';
import type { ServiceContext } from '../deps';
import type { PackCredits } from '../../contract/pack-credits';
import { exportPack, packCreditsOf } from './pack-export';
import { planPack, savePack, type CheckedPack, type PackPlan } from './pack-install';
import { packLintWarnings } from './pack-lint';

/** An import result that came from the pack importer (its parse returns the validated pack too). */
export function isPackResult(result: ImportResult): result is Extract<ImportResult, { ok: true }> & { pack: Pack } {
  return result.ok && 'pack' in result && typeof result.pack === 'object' && result.pack !== null;
}

/** Packs held for review at most this long. */
const HELD_MS = 30 * 60 * 1000;
/**
 * And at most this much at once, weighed as each pack's JSON (its document, deck, self-test and
 * map), and as many as one batch brings (MAX_PICKED_FILES), the oldest let go first: files picked
 * together may hold every one of their packs for review after the batch, so the cap is what they
 * weigh. A pack file is at most the import's size cap (50 MB), so the newest pack is always held.
 */
export const HELD_CHARS = 64 * 1024 * 1024;

const weightOf = ({ pack }: CheckedPack) => JSON.stringify(pack).length;

/**
 * The tokens of held packs to let go before one more, weighing `chars`, is held at `at`: those
 * held too long, then the oldest until what is held fits `cap` and numbers fewer than `most`.
 */
export function toLetGo(held: ReadonlyMap<string, { at: number; chars: number }>, chars: number, at: number, cap = HELD_CHARS, most = MAX_PICKED_FILES): string[] {
  let total = chars;
  for (const entry of held.values()) total += entry.chars;
  let count = held.size + 1;
  const gone: string[] = [];
  for (const [token, entry] of held) {
    if (at - entry.at <= HELD_MS && total <= cap && count <= most) continue;
    gone.push(token);
    total -= entry.chars;
    count -= 1;
  }
  return gone;
}

export function createPackImports(context: ServiceContext, itemOf: (doc: StoreDoc, id: string) => LibraryItem) {
  const { store, now } = context;
  // In the order they were held (a Map keeps it), the oldest first.
  const held = new Map<string, { checked: CheckedPack; at: number; chars: number }>();

  const counts = ({ pack }: CheckedPack) => ({
    blocks: pack.document.sections.reduce((n, section) => n + section.blocks.length, 0),
    cards: pack.deck?.cards.length ?? 0,
    questions: pack.selfTest?.questions.length ?? 0,
    mapNodes: pack.argumentMap?.nodes.length ?? 0,
  });

  const save = async (checked: CheckedPack, plan: PackPlan): Promise<ImportOutcome> => {
    const id = await savePack(context, checked, plan, now().toISOString());
    const item = itemOf(store.read(), id);
    if (plan.kind !== 'update') return { outcome: 'imported', item, warnings: checked.warnings };
    const { version } = checked.pack.manifest;
    return { outcome: 'imported', item, warnings: checked.warnings, message: `Updated “${item.title}” from version ${plan.from} to ${version}; your progress on cards whose id is unchanged is kept.` };
  };

  const planned = (checked: CheckedPack): PackPlan | ImportOutcome => {
    const doc = store.read();
    const plan = planPack(context, doc, checked);
    if (plan.kind === 'same') return { outcome: 'duplicate', item: itemOf(doc, plan.entry.id) };
    if (plan.kind === 'new') {
      const same = context.documents.entries(doc).find((entry) => entry.textHash === checked.document.textHash);
      if (same) return { outcome: 'duplicate', item: itemOf(doc, same.id) };
    }
    return plan;
  };

  return {
    /** A validated pack arrived: refused, a duplicate, saved, or held for review of its warnings. */
    async received(checked: CheckedPack): Promise<ImportOutcome> {
      const plan = planned(checked);
      if ('outcome' in plan) return plan;
      const warnings = [...checked.warnings, ...packLintWarnings(checked.pack)];
      if (warnings.length === 0) return save(checked, plan);
      const at = now().getTime();
      const chars = weightOf(checked);
      for (const token of toLetGo(held, chars, at)) held.delete(token);
      const token = randomUUID();
      held.set(token, { checked: { ...checked, warnings }, at, chars });
      const { version, title } = checked.pack.manifest;
      return { outcome: 'review', token, title, counts: counts(checked), update: plan.kind === 'update' ? { from: plan.from, to: version } : null, warnings };
    },
    /** Saves a held pack, checked again against the library as it is now. */
    async confirm(token: string): Promise<ImportOutcome> {
      const entry = held.get(token);
      if (!entry) throw new CallError('invalid-input', 'That pack is no longer waiting to be imported; import the file again.');
      held.delete(token);
      if (store.readOnly) throw new CallError('read-only', 'Not imported: your data file belongs to a newer version of Lectern, so this version will not change it.');
      const plan = planned(entry.checked);
      return 'outcome' in plan ? plan : save(entry.checked, plan);
    },
    cancel(token: string): { outcome: 'cancelled' } {
      held.delete(token);
      return { outcome: 'cancelled' };
    },
    credits: (id: string) => packCreditsOf(context, id),
    /** The pack file and, once it is written, `done()`: the version is kept and the credits remembered for the next export. */
    async exportFile(id: string, credits: PackCredits) {
      const { version, ...file } = await exportPack(context, id, credits);
      const done = async () => {
        if (store.readOnly) return;
        const { description: _each, ...remembered } = credits;
        await store.update((draft) => {
          draft.settings.packCredits = remembered;
          const entry = draft.documents.find((d) => d.id === id);
          if (entry) entry.lastPackVersion = version;
        });
      };
      return { file, done };
    },
  };
}
