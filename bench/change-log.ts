// bench/change-log: what the 修改记录 adds to every undo step at 10,000 people in a 10,000-seat
// hall — describing one hand move and one whole arrangement — against the bare diff the history
// already makes for the same step (diffMeetings), in the same run. Run: npx tsx bench/change-log.ts
import { arrangeZones } from '../shared/arrange/arrange';
import { describeChanges } from '../shared/model/change-log';
import { placePerson } from '../shared/model/edits';
import { planOf, withPlan } from '../shared/model/plan';
import { quickVenue } from '../shared/model/quick-venue';
import { diffMeetings } from '../shared/model/records';
import { newMeeting } from '../shared/model/sample';
import { replaceMeetingRoster } from '../shared/model/session-edits';
import { generateRoster } from './roster';
import { medianMs } from './timing';

const median = (run: () => unknown, repeats = 9): number => medianMs(run, repeats);

const empty = replaceMeetingRoster(newMeeting({ venue: quickVenue({ rostrumRows: [14, 14, 14], hall: { rows: 100, seatsPerRow: 100, aisles: [25, 75] } }), rules: {} }, '万人大会'), generateRoster(10_000));
const sessionId = empty.sessions[0]!.id;
const arranged = withPlan(empty, sessionId, planOf(empty, sessionId), arrangeZones(planOf(empty, sessionId)).project);
const plan = planOf(arranged, sessionId);
const [seatId, personId] = Object.entries(plan.assignment).find(([seat]) => seat.includes(':50-'))!;
const free = seatId.replace(/:50-/, ':100-');
const moved = withPlan(arranged, sessionId, plan, placePerson(plan, personId, free));

for (const [label, before, after] of [['one hand move', arranged, moved], ['arrange 10,000', empty, arranged]] as const) {
  const changes = diffMeetings(before, after);
  const diff = median(() => diffMeetings(before, after));
  const describe = median(() => describeChanges(changes, before, after));
  console.log(`${label}: describe ${describe.toFixed(2)} ms (bare diff of the same step ${diff.toFixed(2)} ms) → ${JSON.stringify(describeChanges(changes, before, after).map((w) => w.code))}`);
}
