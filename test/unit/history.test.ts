// Undo/redo: every document change is one step; opening a file starts a fresh history.
import { beforeEach, describe, expect, it } from 'vitest';
import { arrangeZones } from '../../shared/arrange/arrange';
import { recordPrintedCards, replaceRoster } from '../../shared/model/edits';
import { sampleProject } from '../../shared/model/sample';
import type { Person } from '../../shared/model/schema';
import { makePerson } from '../../shared/model/person';
import { useZuoci } from '../../renderer/store/store';

const people: Person[] = ['甲', '乙', '丙'].map((name, i) => makePerson({ id: `x${i}`, name, rank: i + 1, category: '出席', rosterIndex: i }));

beforeEach(() => useZuoci.getState().replaceDocument(sampleProject(), null, 'a.zuoci'));

describe('history', () => {
  it('undoes and redoes import and arrangement step by step', () => {
    const store = useZuoci.getState();
    const original = useZuoci.getState().project;
    store.commit((p) => replaceRoster(p, people));
    const imported = useZuoci.getState().project;
    store.commit((p) => arrangeZones(p).project);
    expect(Object.keys(useZuoci.getState().project.assignment)).toHaveLength(3);

    store.undo();
    expect(useZuoci.getState().project).toBe(imported);
    store.undo();
    expect(useZuoci.getState().project).toBe(original);
    store.undo(); // nothing left: no change
    expect(useZuoci.getState().project).toBe(original);
    store.redo();
    store.redo();
    expect(Object.keys(useZuoci.getState().project.assignment)).toHaveLength(3);
  });

  it('a new change after undo drops the redo steps', () => {
    const store = useZuoci.getState();
    store.commit((p) => replaceRoster(p, people));
    store.undo();
    store.commit((p) => replaceRoster(p, people.slice(0, 1)));
    expect(useZuoci.getState().history.future).toEqual([]);
  });

  it('recording printed cards is not an undo step, and undo keeps the record', () => {
    const store = useZuoci.getState();
    store.commit((p) => arrangeZones(replaceRoster(p, people)).project);
    store.recordFact((p) => recordPrintedCards(p, { 'rostrum-1:1-4': '甲' }));
    store.undo();
    expect(useZuoci.getState().project.assignment).toEqual({});
    expect(useZuoci.getState().project.print.lastPrinted).toEqual({ 'rostrum-1:1-4': '甲' });
  });

  it('re-importing a roster keeps the seats of people still on it', () => {
    const store = useZuoci.getState();
    store.commit((p) => arrangeZones(replaceRoster(p, people)).project);
    const before = useZuoci.getState().project.assignment;
    store.commit((p) => replaceRoster(p, [people[0]!, people[1]!]));
    const after = useZuoci.getState().project.assignment;
    expect(Object.values(after).sort()).toEqual(['p1', 'p2']);
    expect(Object.keys(after).every((seat) => before[seat] === after[seat])).toBe(true);
  });
});
