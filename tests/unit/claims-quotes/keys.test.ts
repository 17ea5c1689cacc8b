import { describe, expect, it } from 'vitest';
import { claimKey, fnv1a64, normaliseForKey, assignKeys } from '../../../shared/claims/keys';

describe('claim keys', () => {
  it('implements FNV-1a 64 (reference values)', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('folds case, whitespace, quote styles, dashes and numbers', () => {
    expect(normaliseForKey('„Nie  sądzę”\n– powiedział')).toBe('"nie sądzę" - powiedział');
    expect(claimKey('event', 'Zginęło 385 osób, 1 700 rannych')).toBe(claimKey('event', 'zginęło 400 osób, 1 900 rannych'));
    expect(claimKey('event', '12 stycznia odbędzie się spotkanie')).toBe(claimKey('event', '13 stycznia odbędzie się spotkanie'));
    expect(claimKey('quote', '"To koniec" - powiedział.')).toBe(claimKey('quote', '„To koniec” – powiedział.'));
  });

  it('differs by kind, text and occurrence', () => {
    expect(claimKey('quote', 'a b')).not.toBe(claimKey('event', 'a b'));
    expect(claimKey('quote', 'a b')).not.toBe(claimKey('quote', 'a c'));
    const keyed = assignKeys([{ kind: 'quote' as const, t: 'X' }, { kind: 'quote' as const, t: 'x' }, { kind: 'quote' as const, t: 'y' }], (c) => c.t);
    expect(keyed[0].key).not.toBe(keyed[1].key);
    expect(keyed[1].key).toBe(claimKey('quote', 'x', 1));
    expect(keyed[2].key).toMatch(/^[0-9a-f]{16}$/);
  });
});
