// After 预留给 on seats where people sit: a warning naming them, who stay until the zone is arranged
// again (the reservation then holds). Chosen over unseating them at once: a reservation made while
// planning should not silently empty seats of a plan the leaders may already have seen.
import { seatCode } from '../../../shared/i18n/place-names';
import { occupantsAgainstReservation } from '../../../shared/model/reserved-occupants';
import { CATEGORY_EN } from '../../../shared/print/seat-map-words';
import { tell } from '../../store/notice-words';
import { useZuoci } from '../../store/store';

export function warnReservedOccupied(seatIds: readonly string[], category: string): void {
  const found = occupantsAgainstReservation(useZuoci.getState().project, seatIds);
  if (!found.length) return;
  tell({
    kind: 'warning', key: 'seat-reserved',
    say: (m, language) => {
      const seats = found.map(({ seat }) => seatCode(seat, language));
      const shownSeats = seats.length > 3 ? `${seats.slice(0, 3).join(m.datafix.nameSeparator)}…` : seats.join(m.datafix.nameSeparator);
      const name = language === 'en' && Object.hasOwn(CATEGORY_EN, category) ? CATEGORY_EN[category]! : category;
      return m.datafix.reservedOccupied(name, shownSeats, found.map(({ person }) => person.name).join(m.datafix.nameSeparator));
    },
  });
}
