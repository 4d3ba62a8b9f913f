// Said as soon as the roster arrives (issue 10 item 4): a zone with more people marked for it than
// seats, naming who will not fit, before an arrangement leaves them out; and again after each
// arrangement, counted afresh.
import { overfullZones } from '../../shared/arrange/overfull-zones';
import { inLanguage } from '../../shared/i18n/text';
import { useZuoci } from '../store/store';
import { tell } from '../store/notice-words';

export function warnOverfullZones(): void {
  const state = useZuoci.getState();
  const zones = overfullZones(state.project);
  // Said again after changes: a warning the roster no longer earns (people on leave, a bigger room) goes.
  for (const notice of state.notices) {
    if (notice.key?.startsWith('overfull:') && !zones.some((zone) => notice.key === `overfull:${zone.zone}`)) state.dismissNotice(notice.id);
  }
  for (const zone of zones) {
    tell({ kind: 'warning', key: `overfull:${zone.zone}`, say: (_m, language) => inLanguage(zone.message, language) });
  }
}
