// The designer's commands through the store: a layout edit that removes seats unassigns their
// people in the same undo step and says so ("3 人因座位删除而取消安排"); undo puts them back.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Actions from '../../renderer/actions/element-actions';
import type * as Store from '../../renderer/store/store';
import { deriveSeats } from '../../shared/layout/seats';
import type { Person } from '../../shared/model/schema';

let actions: typeof Actions;
let store: typeof Store;

beforeAll(async () => {
  vi.stubGlobal('window', {}); // the renderer picks its platform from `window`
  actions = await import('../../renderer/actions/element-actions');
  store = await import('../../renderer/store/store');
});

const person = (i: number): Person => ({
  id: `p${i}`, name: `人员${i}`, unit: '', title: '', rank: i, category: '', seatZone: '', gender: '', ethnicity: '', note: '',
  rosterIndex: i, absent: false, substituteFor: null,
});

describe('designer commands', () => {
  it('shrinking a row is one step that unassigns and names the people whose seats went; undo brings them back', () => {
    const state = () => store.useZuoci.getState();
    const hall = state().project.venue.elements.find((e) => e.kind === 'hall')!;
    const lastRow = deriveSeats(state().project.venue).filter((s) => s.elementId === hall.id && s.row === 1);
    state().commit((p) => ({
      ...p, people: [1, 2, 3, 4].map(person),
      assignment: Object.fromEntries(lastRow.slice(-4).map((seat, i) => [seat.id, `p${i + 1}`])),
    }));
    const steps = state().history.past.length;
    actions.editElement(hall.id, { seatsPerRow: lastRow.length - 3 });
    expect(state().history.past.length).toBe(steps + 1);
    expect(Object.values(state().project.assignment)).toEqual(['p1']);
    const notice = state().notices.at(-1)!;
    expect(notice.text).toBe('3 人因座位删除而取消安排');
    expect(notice.details).toEqual(['人员2、人员3、人员4']);
    state().undo();
    expect(Object.values(state().project.assignment).sort()).toEqual(['p1', 'p2', 'p3', 'p4']);
  });

  it('the palette adds an element and selects it; duplicate and delete act on the selection, one step each', async () => {
    const state = () => store.useZuoci.getState();
    const before = state().project.venue.elements.length;
    actions.addFromPalette('table-round');
    const added = state().selectedZoneId!;
    expect(state().project.venue.elements.at(-1)).toMatchObject({ id: added, kind: 'table', shape: 'round' });
    await actions.duplicateElementAction.perform();
    expect(state().project.venue.elements).toHaveLength(before + 2);
    expect(state().selectedZoneId).not.toBe(added);
    await actions.deleteElementAction.perform();
    expect(state().project.venue.elements).toHaveLength(before + 1);
    // The panel then shows (and the commands act on) the room's first element.
    expect(actions.selectedElement()).toBe(state().project.venue.elements[0]);
    state().undo();
    expect(state().project.venue.elements).toHaveLength(before + 2);
  });
});

describe('picking seats picks their element', () => {
  it('seats of one element on the canvas make it the element the designer and rules panels show; a mixed pick leaves it', () => {
    const state = () => store.useZuoci.getState();
    const [rostrum, hall] = state().project.venue.elements;
    state().selectSeats([`${hall!.id}:1-1`, `${hall!.id}:2-3`]);
    expect(state().selectedZoneId).toBe(hall!.id);
    expect(actions.selectedElement()?.id).toBe(hall!.id);
    state().selectSeats([`${rostrum!.id}:1-1`, `${hall!.id}:1-1`]);
    expect(state().selectedZoneId).toBe(hall!.id);
    state().selectSeats([]);
    expect(state().selectedZoneId).toBe(hall!.id);
  });
});
