// The roster's drag payload (one id, or a JSON array of ids in the roster's order) and the user's
// setting 手动放置时锁定座位 (on unless this computer's storage says off, remembered when changed).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { personDragData, personIdsFromDrag } from '../../renderer/panels/drag';

describe('the person drag payload', () => {
  it('carries one id as it always did, several as a JSON array, and reads both back in order', () => {
    expect(personDragData(['p1'])).toBe('p1');
    expect(personDragData(['p3', 'p1', 'p2'])).toBe('["p3","p1","p2"]');
    expect(personIdsFromDrag('p1')).toEqual(['p1']);
    expect(personIdsFromDrag('["p3","p1","p2"]')).toEqual(['p3', 'p1', 'p2']);
  });

  it('reads an empty or broken payload as nobody, and keeps only the ids of an array', () => {
    expect(personIdsFromDrag('')).toEqual([]);
    expect(personIdsFromDrag('[not json')).toEqual([]);
    expect(personIdsFromDrag('[1, "p2", null, ""]')).toEqual(['p2']);
  });
});

describe('the lock-on-drop setting', () => {
  const stored = new Map<string, string>();
  const storage = { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => void stored.set(k, v) };
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
    stored.clear();
  });

  it('is on for a new user, and a change is remembered for the next start', async () => {
    vi.stubGlobal('localStorage', storage);
    const first = await import('../../renderer/canvas/hand-seating-store');
    expect(first.handOptions()).toEqual({ lockOnDrop: true });
    first.useHandSeating.getState().setLockOnDrop(false);
    expect(first.handOptions()).toEqual({ lockOnDrop: false });
    vi.resetModules();
    const next = await import('../../renderer/canvas/hand-seating-store');
    expect(next.useHandSeating.getState().lockOnDrop).toBe(false);
  });

  it('falls back to on when storage refuses', async () => {
    vi.stubGlobal('localStorage', { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } });
    const store = await import('../../renderer/canvas/hand-seating-store');
    expect(store.useHandSeating.getState().lockOnDrop).toBe(true);
    store.useHandSeating.getState().setLockOnDrop(false); // kept for this run
    expect(store.handOptions().lockOnDrop).toBe(false);
  });
});
