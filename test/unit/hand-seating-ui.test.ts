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

describe('a hand drop into a seat reserved for another category', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('is made, and a notice names the seat, its category and the person', async () => {
    vi.stubGlobal('window', {});
    const { useZuoci } = await import('../../renderer/store/store');
    const { dropPeopleOnSeat } = await import('../../renderer/canvas/hand-placement');
    const { setSeatOverride } = await import('../../shared/model/seat-overrides');
    const state = () => useZuoci.getState();
    const seatId = state().project.venue.elements.find((e) => e.kind === 'hall')!.id + ':1-1';
    state().commit((project) => setSeatOverride(project, [seatId], { field: 'reserved', value: '媒体' }).project);
    const { addPerson } = await import('../../shared/model/roster-edits');
    const added = addPerson(state().meeting, state().sessionId, { name: '王小明', category: '出席' });
    state().commitMeeting(() => added.meeting);
    const person = state().meeting.people.find((p) => p.id === added.personId)!;
    const notices = state().notices.length;
    dropPeopleOnSeat([person.id], seatId);
    expect(state().project.assignment[seatId]).toBe(person.id);
    const notice = state().notices.slice(notices).at(-1)!;
    expect(notice.text).toMatch(/^.+是为“媒体”预留的座位，已按您的安排放入/);
    expect(notice.text).toContain(person.name);
  });
});
