// 签到: the sign-in desk fills the window. Staff type a name or pinyin initials, see the person's
// seat large with the seat lit on a small map, and mark 已签到 (Enter on the only match, or the
// button; a second press un-marks a mistake). Counts update live. Check-ins are recorded facts
// (outside undo), so Ctrl+Z of a seat edit never un-signs anyone. Escape leaves.
import { useEffect, useMemo, useRef, useState } from 'react';
import { attendanceSummary, isCheckedIn, toggleCheckIn } from '../../../shared/model/check-ins';
import { findSession } from '../../../shared/model/plan';
import type { Person } from '../../../shared/model/schema';
import { drawingFor } from '../../canvas/room-cache';
import { useLanguage } from '../../i18n/shared-text';
import { useMessages } from '../../i18n/useMessages';
import { useZuoci } from '../../store/store';
import { CountTables, TotalCounts } from './AttendanceCounts';
import { useSignInDesk } from './desk-state';
import { printAttendanceReport } from './print-report';
import { SeatMiniMap } from './SeatMiniMap';
import { searchIndexOf, searchPeople } from './search-index';
import { seatWords } from './seat-words';
import './signin.css';

const SHOWN = 30;

/** 09:05 in local time (a time from another machine's file that does not parse is shown as written). */
const clock = (iso: string) => (Number.isNaN(Date.parse(iso)) ? iso : new Date(iso).toTimeString().slice(0, 5));

export function SignInDesk() {
  const open = useSignInDesk((s) => s.open);
  return open ? <SignInScreen /> : null;
}

function SignInScreen() {
  const m = useMessages();
  const t = m.desk;
  const language = useLanguage();
  const close = () => useSignInDesk.getState().setOpen(false);
  const meeting = useZuoci((s) => s.meeting);
  const sessionId = useZuoci((s) => s.sessionId);
  const project = useZuoci((s) => s.project);
  const session = findSession(meeting, sessionId);
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<number | null>(null);
  // The desk holds the keyboard wherever the focus is (a click on the map leaves it on the page):
  // Escape leaves, and no shortcut reaches the plan behind it.
  useEffect(() => {
    const hold = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        close();
      }
      if (event.key === 'Escape' || event.ctrlKey || event.metaKey || !(event.target instanceof Node && event.target !== document.body)) event.stopPropagation();
    };
    window.addEventListener('keydown', hold, true);
    return () => window.removeEventListener('keydown', hold, true);
  }, []);

  // Built once per roster: every keystroke only scans strings.
  const index = useMemo(() => searchIndexOf(project.people), [project.people]);
  const ids = useMemo(() => searchPeople(index, query, SHOWN + 1), [index, query]);
  const byId = useMemo(() => new Map(project.people.map((p) => [p.id, p])), [project.people]);
  const seats = useMemo(() => new Map(drawingFor(project.venue).seats.map((s) => [s.seat.id, s.seat])), [project.venue]);
  // People who use a seat in turn by agenda item (4.1) are shown that seat too.
  const seatOf = useMemo(() => new Map([
    ...Object.entries(project.sharedSeats ?? {}).flatMap(([seat, people]) => people.map((person) => [person, seat] as const)),
    ...Object.entries(project.assignment).map(([seat, person]) => [person, seat] as const),
  ]), [project.assignment, project.sharedSeats]);
  const summary = useMemo(() => attendanceSummary(meeting, session), [meeting, session]);
  const presentSeats = useMemo(() => {
    const checked = session.checkIns ?? {};
    return new Set(Object.entries(project.assignment).filter(([, person]) => Object.hasOwn(checked, person)).map(([seat]) => seat));
  }, [project.assignment, session.checkIns]);

  const matches = ids.slice(0, SHOWN).map((id) => byId.get(id)).filter((p): p is Person => p !== undefined);
  const current = matches[picked ?? 0];
  const currentSeat = current ? seatOf.get(current.id) : undefined;

  const toggle = (person: Person) => {
    useZuoci.getState().recordMeetingFact((meeting_) => toggleCheckIn(meeting_, sessionId, person.id, new Date().toISOString()));
    // The next name replaces this one as soon as staff type.
    input.current?.select();
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Escape') {
      event.stopPropagation();
      event.preventDefault();
      close();
    } else if (event.key === 'Enter' && event.target === input.current) {
      event.stopPropagation();
      event.preventDefault();
      const person = matches.length === 1 ? matches[0] : picked !== null ? matches[picked] : undefined;
      if (person) toggle(person);
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && matches.length) {
      event.stopPropagation();
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setPicked(((picked ?? (step === 1 ? -1 : 0)) + step + matches.length) % matches.length);
    } else if (event.ctrlKey || event.metaKey) {
      // The desk holds the keyboard: Ctrl+Z in the box undoes typing, never a seat edit behind it.
      event.stopPropagation();
    }
  };

  const statusOf = (person: Person) => {
    const checkedAt = session.checkIns?.[person.id];
    if (checkedAt !== undefined && Object.hasOwn(session.checkIns!, person.id)) return { kind: 'present', text: t.checkedInAt(clock(checkedAt)) };
    const status = session.statuses[person.id];
    if (status?.status === 'substituted') return { kind: 'leave', text: t.substitutedBy(byId.get(status.substituteId ?? '')?.name ?? '') };
    if (status?.status === 'absent') return { kind: 'leave', text: t.onLeave };
    if (person.substituteFor) return { kind: 'stand-in', text: t.standsIn(meeting.people.find((p) => p.id === person.substituteFor)?.name ?? '') };
    return null;
  };

  return (
    <div className="signin-desk" role="dialog" aria-modal="true" aria-label={t.signInDesk} data-testid="signin-desk" onKeyDown={onKeyDown}>
      <header className="signin-header">
        <h1>{t.signInTitle(session.name)}</h1>
        <TotalCounts total={summary.total} t={t} />
        <button type="button" data-control="print-attendance" onClick={() => void printAttendanceReport()}>{t.printReport}</button>
        <button type="button" data-control="leave-signin" onClick={close}>{t.leave}</button>
      </header>
      <div className="signin-body">
        <section className="signin-search">
          <input
            ref={input} autoFocus type="search" data-control="signin-search" placeholder={t.signInPlaceholder} value={query}
            onChange={(e) => { setQuery(e.target.value); setPicked(null); }}
          />
          <p className="hint">{query.trim() ? (matches.length ? t.matches(matches.length, ids.length > SHOWN) : t.noMatch) : t.signInHint}</p>
          <ol className="signin-matches" data-testid="signin-matches">
            {matches.map((person, i) => {
              const seatId = seatOf.get(person.id);
              const seat = seatId ? seats.get(seatId) : undefined;
              const words = seat ? seatWords(seat, language, t) : null;
              const status = statusOf(person);
              const checked = isCheckedIn(session, person.id);
              return (
                <li
                  key={person.id} data-person={person.name} data-checked={checked ? 'yes' : 'no'}
                  className={`${i === (picked ?? 0) ? 'picked' : ''} ${checked ? 'checked' : ''}`} onClick={() => setPicked(i)}
                >
                  <div className="who">
                    <span className="name">{person.name}</span>
                    <span className="unit">{[person.unit, person.title].filter(Boolean).join(' · ')}</span>
                  </div>
                  <div className="where" data-testid="signin-seat">
                    {words ? <><span className="zone">{words.zone}</span> <span className="place">{words.place}</span></> : <span className="unseated">{t.unseated}</span>}
                  </div>
                  {status && <span className={`status ${status.kind}`}>{status.text}</span>}
                  <button type="button" data-control="check-in" onClick={(e) => { e.stopPropagation(); toggle(person); }}>{checked ? t.undoCheckIn : t.checkIn}</button>
                </li>
              );
            })}
          </ol>
        </section>
        <aside className="signin-side">
          {current && (
            <div className="signin-current" data-testid="signin-current">
              <div className="name">{current.name}</div>
              {currentSeat && seats.get(currentSeat) ? (() => {
                const words = seatWords(seats.get(currentSeat)!, language, t);
                return <div className="big-seat"><span>{words.zone}</span> <b>{words.place}</b></div>;
              })() : <div className="big-seat unseated">{t.unseated}</div>}
            </div>
          )}
          <SeatMiniMap venue={project.venue} seatId={currentSeat} presentSeats={presentSeats} />
          <CountTables summary={summary} t={t} />
        </aside>
      </div>
    </div>
  );
}
