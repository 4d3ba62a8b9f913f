// Said as soon as the roster arrives (issue 10 item 4): a zone with more people marked for it than
// seats, naming who will not fit, before an arrangement leaves them out.
import { overfullZones } from '../../shared/arrange/overfull-zones';
import { inLanguage } from '../../shared/i18n/text';
import { useZuoci } from '../store/store';
import { tell } from '../store/notice-words';

export function warnOverfullZones(): void {
  for (const zone of overfullZones(useZuoci.getState().project)) {
    tell({ kind: 'warning', key: `overfull:${zone.zone}`, say: (_m, language) => inLanguage(zone.message, language) });
  }
}
