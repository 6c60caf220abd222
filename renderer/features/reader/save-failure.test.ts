import { describe, expect, it } from 'vitest';
import { failureReason } from './save-failure';

describe('failureReason', () => {
  it('drops the store’s leading "Not saved:"', () => {
    expect(failureReason(new Error('Not saved: the data file could not be written (ENOSPC). Your previous data is intact.'))).toBe(
      'the data file could not be written (ENOSPC). Your previous data is intact.',
    );
  });

  it('keeps any other message whole', () => {
    expect(failureReason(new Error('Lectern’s local server did not answer.'))).toBe('Lectern’s local server did not answer.');
  });
});
