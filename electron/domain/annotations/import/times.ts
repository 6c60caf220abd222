/** Times read from other tools' files, normalised to the UTC form Lectern stores. */

// ISO 8601 date-time with seconds, optional fraction, and `Z` or a `±hh:mm` offset (what W3C and Hypothesis write).
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:?\d{2})$/;

/** `2026-03-01T11:00:00+02:00` → `2026-03-01T09:00:00.000Z`; null for anything else (the import time is used). */
export function utcTime(value: unknown): string | null {
  if (typeof value !== 'string' || !ISO.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
