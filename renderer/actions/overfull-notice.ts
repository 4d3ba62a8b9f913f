// Said as soon as the roster arrives (issue 10 item 4): a zone with more people marked for it than
// seats, naming who will not fit, before an arrangement leaves them out.
import { overfullZones } from '../../shared/arrange/overfull-zones';
import { inLanguage } from '../../shared/i18n/text';
import { useZuoci } from '../store/store';

export function warnOverfullZones(): void {
  const state = useZuoci.getState();
  for (const zone of overfullZones(state.project)) {
    state.notify({ kind: 'warning', key: `overfull:${zone.zone}`, text: inLanguage(zone.message, state.language) });
  }
}
