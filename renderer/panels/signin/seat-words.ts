// A seat as the desk shows it, large: the zone, then 第3排 第12座 (or a table's seat number).
import type { Seat } from '../../../shared/layout/seats';
import { placeName, rowLabel } from '../../../shared/i18n/place-names';
import type { Language } from '../../../shared/i18n/text';
import type { DeskMessages } from '../../i18n/desk10-messages';

export function seatWords(seat: Seat, language: Language, t: DeskMessages): { zone: string; place: string } {
  const zone = placeName(seat.zoneName, language);
  if (seat.zone === 'table') return { zone, place: t.tableSeat(seat.label) };
  return { zone, place: `${rowLabel(seat.row, language)} ${t.seatNo(seat.label)}` };
}
