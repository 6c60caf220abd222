import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FlashcardSettings } from '../contract/flashcards-values';
import { serviceUnderTest } from './service-under-test';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-deck-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

type Settings = FlashcardSettings;

describe('the remembered deck choice', () => {
  it('starts on the open document and keeps the choice across other changes and a restart', async () => {
    const first = await serviceUnderTest(dir);
    expect((await first.call<Settings>('flashcards.settings')).deck).toBe('document');
    expect((await first.call<Settings>('flashcards.updateSettings', { deck: 'all' })).deck).toBe('all');
    // Saving another setting must not put the deck back to its default.
    expect(await first.call<Settings>('flashcards.updateSettings', { newPerDay: 5 })).toMatchObject({ deck: 'all', newPerDay: 5 });
    const again = await serviceUnderTest(dir);
    expect(await again.call<Settings>('flashcards.settings')).toMatchObject({ deck: 'all', newPerDay: 5 });
  });

  it('reads settings saved before the choice existed as the open document', () => {
    expect(FlashcardSettings.parse({ desiredRetention: 0.9, newPerDay: 20, shortcuts: true }).deck).toBe('document');
  });

  it('refuses a deck that is neither', async () => {
    const { fail } = await serviceUnderTest(dir);
    expect((await fail('flashcards.updateSettings', { deck: 'japan-nato' })).code).toBe('invalid-input');
  });
});
