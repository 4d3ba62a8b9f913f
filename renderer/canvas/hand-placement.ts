// Hand placements from the canvas and the roster, through the pure edits in
// shared/model/hand-seating: each is one undo step (a canvas move is one gesture), each respects the
// user's 手动放置时锁定座位 setting, and a refused drop says why in a notice.
import type { Seat } from '../../shared/layout/seats';
import { moveSeatedPerson, placeFromRoster, unseat, type HandNote, type HandRefusal } from '../../shared/model/hand-seating';
import type { Project } from '../../shared/model/schema';
import { seatCode } from '../../shared/i18n/place-names';
import { MESSAGES, type Language } from '../i18n/i18n';
import { tell as tellIn } from '../store/notice-words';
import { useZuoci } from '../store/store';
import { handOptions } from './hand-seating-store';
import { drawingFor } from './room-cache';

const seatRecord = (project: Project, seatId: string): Seat | undefined => drawingFor(project.venue).seats.find((s) => s.seat.id === seatId)?.seat;

/** The refusal in the reader's language, naming the seat and the people. */
export function refusalText(refused: HandRefusal, project: Project, language: Language = useZuoci.getState().language): string {
  const t = MESSAGES[language].handSeating;
  const seatName = (id: string) => {
    const seat = seatRecord(project, id);
    return seat ? seatCode(seat, language) : id;
  };
  const personName = (id: string) => project.people.find((p) => p.id === id)?.name ?? useZuoci.getState().meeting.people.find((p) => p.id === id)?.name ?? id;
  switch (refused.code) {
    case 'seat-locked': return t.seatLocked(seatName(refused.seatId), personName(refused.occupantId));
    case 'seat-disabled': return t.seatDisabled(seatName(refused.seatId));
    case 'not-attending': return t.notAttending(refused.personIds.map(personName).join(language === 'en' ? ', ' : '、'));
    case 'not-enough-seats': return t.notEnoughSeats(refused.needed, refused.available);
  }
}

const tell = (refused: HandRefusal, project: Project) => tellIn({ kind: 'warning', key: 'hand-seating', say: (_m, language) => refusalText(refused, project, language) });

/** A drop made into a seat reserved for another category: said, so nobody overlooks it. */
function noteReserved(notes: readonly HandNote[] | undefined, project: Project): void {
  if (!notes?.length) return;
  const { language, notify } = useZuoci.getState();
  const texts = notes.map((note) => {
    const seat = seatRecord(project, note.seatId);
    const name = project.people.find((p) => p.id === note.personId)?.name ?? note.personId;
    return MESSAGES[language].polish.reservedSeatTaken(seat ? seatCode(seat, language) : note.seatId, note.category, name);
  });
  notify({ kind: 'info', key: 'hand-seating', text: texts[0]!, ...(texts.length > 1 ? { details: texts.slice(1) } : {}) });
}

/**
 * People dropped from the roster onto a seat (one, or several in the roster's order): one undo
 * step; the seats they land in become the selection.
 */
export function dropPeopleOnSeat(personIds: readonly string[], seatId: string): void {
  const state = useZuoci.getState();
  const before = state.project;
  const { project, refused, notes } = placeFromRoster(before, personIds, seatId, drawingFor(before.venue).seats.map((s) => s.seat), handOptions());
  if (refused) return tell(refused, before);
  if (project === before) return;
  state.commit(() => project);
  noteReserved(notes, project);
  const landed = new Set(personIds);
  state.selectSeats(Object.entries(project.assignment).filter(([, person]) => landed.has(person)).map(([seat]) => seat));
}

/**
 * A seated person dragged on the canvas, as one gesture: each preview is computed from the plan
 * when the drag began (not from the previous preview), a preview the rules refuse shows the plan
 * unchanged, and a drop there is cancelled with the reason.
 */
export function seatMoveGesture() {
  let moving: { base: Project; from: string; refused: HandRefusal | undefined; notes?: HandNote[]; shown?: Project } | null = null;
  const show = (next: Project, refused?: HandRefusal, notes?: HandNote[]) => {
    if (!moving) return;
    moving.refused = refused;
    moving.notes = notes;
    moving.shown = next;
    useZuoci.getState().updateGesture(() => next);
  };
  return {
    begin(from: string) {
      const { project, beginGesture } = useZuoci.getState();
      if (!project.assignment[from]) return;
      moving = { base: project, from, refused: undefined };
      beginGesture();
    },
    preview(to: string | null) {
      if (!moving) return;
      const { base, from } = moving;
      if (!to) return show(base);
      const { project, refused, notes } = moveSeatedPerson(base, from, to, handOptions(), seatRecord(base, to));
      show(project, refused, notes);
    },
    previewUnseat() {
      if (moving) show(unseat(moving.base, [moving.from]));
    },
    end(keep: boolean): boolean {
      if (!moving) return false;
      const { refused, base, notes, shown } = moving;
      moving = null;
      const { commitGesture, cancelGesture, meeting, gestureBase } = useZuoci.getState();
      // Nothing changed (back in the own seat, a refused seat): no empty undo step.
      if (!keep || refused || meeting === gestureBase) {
        cancelGesture();
        if (keep && refused) tell(refused, base);
        return false;
      }
      commitGesture();
      if (shown) noteReserved(notes, shown);
      return true;
    },
  };
}
