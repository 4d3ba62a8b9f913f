// Layout mode's Actions (布置): in layout mode with elements selected, the arrow keys, Delete,
// Ctrl+A/C/V/D and Escape act on the elements; otherwise the same keys keep their seat and view
// meanings. Each edit is one undo step; the copied elements survive a change of session tab.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Registry from '../../renderer/actions/registry';
import type * as Run from '../../renderer/actions/run';
import type * as Store from '../../renderer/store/store';
import type * as Design from '../../renderer/canvas/design/design-store';
import { addSession } from '../../shared/model/session-edits';

vi.mock('electron', () => ({ Menu: { buildFromTemplate: (template: unknown) => template } }));

let registry: typeof Registry;
let run: typeof Run;
let store: typeof Store;
let design: typeof Design;

beforeAll(async () => {
  vi.stubGlobal('window', {});
  registry = await import('../../renderer/actions/registry');
  run = await import('../../renderer/actions/run');
  store = await import('../../renderer/store/store');
  design = await import('../../renderer/canvas/design/design-store');
});

const key = (key: string, mods: Partial<KeyboardEvent> = {}) => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods }) as KeyboardEvent;
/** The Action a key press runs, as useShortcuts picks it: the first whose keyTest accepts it. */
const actionFor = (event: KeyboardEvent) => registry.ALL_ACTIONS.find((a) => a.keyTest?.(event))?.name;
const elements = () => store.useZuoci.getState().project.venue.elements;
const hall = () => elements().find((e) => e.kind === 'hall')!;

beforeEach(() => {
  design.useDesign.getState().setActive(false);
});

describe('layout mode shortcuts', () => {
  it('outside layout mode, or with nothing selected, the keys keep their seat and view meanings', () => {
    expect(actionFor(key('ArrowLeft'))).toBe('panLeft');
    expect(actionFor(key('Delete'))).toBe('clearSeats');
    expect(actionFor(key('a', { ctrlKey: true }))).toBe('selectAll');
    design.useDesign.getState().setActive(true);
    expect(actionFor(key('ArrowLeft'))).toBe('panLeft');
    expect(actionFor(key('Delete'))).toBe('clearSeats');
    expect(actionFor(key('l'))).toBe('layoutMode');
  });

  it('with elements selected, arrows nudge (Shift: 1 m), Delete deletes, Escape deselects', () => {
    design.useDesign.getState().setActive(true);
    design.useDesign.getState().select([hall().id]);
    expect(actionFor(key('ArrowLeft'))).toBe('nudgeLeft');
    expect(actionFor(key('ArrowDown', { shiftKey: true }))).toBe('nudgeDownFar');
    expect(actionFor(key('Delete'))).toBe('deleteElements');
    expect(actionFor(key('c', { ctrlKey: true }))).toBe('copyElements');
    expect(actionFor(key('d', { ctrlKey: true }))).toBe('duplicateElements');
    expect(actionFor(key('Escape'))).toBe('selectNoElements');
  });

  it('a nudge is one undo step of 10 cm; Shift moves 1 m', async () => {
    design.useDesign.getState().setActive(true);
    const { x, y } = hall();
    design.useDesign.getState().select([hall().id]);
    await run.runAction(registry.actionByName('nudgeRight')!);
    await run.runAction(registry.actionByName('nudgeUpFar')!);
    expect([hall().x, hall().y]).toEqual([x + 10, y - 100]);
    store.useZuoci.getState().undo();
    expect([hall().x, hall().y]).toEqual([x + 10, y]);
    store.useZuoci.getState().undo();
    expect([hall().x, hall().y]).toEqual([x, y]);
  });

  it('copies, and pastes on fresh ids after a change of session tab; one undo step takes it back', async () => {
    design.useDesign.getState().setActive(true);
    design.useDesign.getState().select([hall().id]);
    await run.runAction(registry.actionByName('copyElements')!);
    // Another session's tab (a new one, in a room of its own) clears the element selection, not the copy.
    const first = store.useZuoci.getState().sessionId;
    let added = '';
    store.useZuoci.getState().commitMeeting((meeting) => {
      const result = addSession(meeting, 'group', { venue: { ...meeting.sessions[0]!.venue, elements: [] }, rules: {} });
      added = result.session.id;
      return result.meeting;
    });
    store.useZuoci.getState().selectSession(added);
    expect(design.useDesign.getState().selected).toEqual([]);
    expect(design.useDesign.getState().clipboard?.elements).toHaveLength(1);
    expect(elements()).toHaveLength(0);
    const count = elements().length;
    await run.runAction(registry.actionByName('pasteElements')!);
    expect(elements()).toHaveLength(count + 1);
    const pasted = elements()[count]!;
    expect(pasted.kind).toBe('hall');
    expect(store.useZuoci.getState().meeting.sessions[0]!.venue.elements.some((e) => e.id === pasted.id)).toBe(false);
    expect(design.useDesign.getState().selected).toEqual([pasted.id]);
    store.useZuoci.getState().undo();
    expect(elements()).toHaveLength(count);
    store.useZuoci.getState().selectSession(first);
  });

  it('aligns only two or more, distributes only three or more', () => {
    design.useDesign.getState().setActive(true);
    design.useDesign.getState().select([hall().id]);
    expect(registry.actionByName('alignLeft')!.predicate!()).toBe(false);
    design.useDesign.getState().select(elements().map((e) => e.id).slice(0, 2));
    expect(registry.actionByName('alignLeft')!.predicate!()).toBe(true);
    expect(registry.actionByName('distributeHorizontal')!.predicate!()).toBe(false);
  });
});
