import { describe, expect, it } from 'vitest';
import { PRODUCTION_CSP } from './csp';

describe('PRODUCTION_CSP', () => {
  it('is exactly the policy the design names', () => {
    expect(PRODUCTION_CSP).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('allows neither eval nor inline code', () => {
    expect(PRODUCTION_CSP).not.toContain('unsafe-eval');
    expect(PRODUCTION_CSP).not.toContain('unsafe-inline');
    expect(PRODUCTION_CSP).not.toContain('unsafe-hashes');
    expect(PRODUCTION_CSP).not.toContain('*');
  });
});
