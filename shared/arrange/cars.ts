// 乘车 (9.5): cars numbered in order, people in rank order car by car; in a car with a driver the
// seat of honour is the rear right, then the rear left, then the front passenger seat. Larger
// vehicles seat from the row behind the driver backwards, right before left, the front passenger
// seat last (the staff member who looks after the group sits there).
import type { Ordering, Person } from '../model/schema';
import { both, type Bilingual } from '../i18n/text';
import { comparatorFor, sortPeople } from './order';

export interface Vehicle {
  /** 1号车… */
  name: string;
  /** Passenger places, the driver not counted: 3 for a car, 4 with the rear middle, 6 for an MPV… */
  passengers: number;
}

export interface CarSeat {
  vehicle: Vehicle;
  /** 1-based order of honour within the vehicle. */
  honour: number;
  place: Bilingual;
  person: Person;
}

export interface CarPlan {
  seats: CarSeat[];
  /** People no vehicle has room for, in rank order. */
  unplaced: Person[];
}

const CAR_PLACES = [both('后排右座', 'rear right'), both('后排左座', 'rear left'), both('副驾驶座', 'front passenger seat'), both('后排中座', 'rear middle')];

/** The places of one vehicle in order of honour. */
export function vehiclePlaces(passengers: number): Bilingual[] {
  if (passengers <= 4) return CAR_PLACES.slice(0, passengers);
  // Rows behind the driver hold up to 3; the front passenger seat is the last place.
  const places: Bilingual[] = [];
  const behind = passengers - 1;
  for (let row = 0; places.length < behind; row++) {
    const seatsInRow = Math.min(3, behind - places.length);
    const rowName = chineseRow(row);
    const sides = seatsInRow === 1 ? [['右座', 'right']] : seatsInRow === 2 ? [['右座', 'right'], ['左座', 'left']] : [['右座', 'right'], ['左座', 'left'], ['中座', 'middle']];
    for (const [zh, en] of sides) places.push(both(`${rowName.zh}${zh}`, `${rowName.en} ${en}`));
  }
  return [...places, CAR_PLACES[2]!];
}

function chineseRow(row: number): Bilingual {
  const zh = ['第二排', '第三排', '第四排', '第五排', '第六排', '第七排'][row] ?? `第${row + 2}排`;
  const en = `row ${row + 2}`;
  return both(zh, en);
}

/** Who rides where: the present people in rank order, vehicle after vehicle. */
export function carPlan(people: readonly Person[], vehicles: readonly Vehicle[], ordering: Ordering): CarPlan {
  const riders = sortPeople(people.filter((p) => !p.absent), comparatorFor('rank', ordering));
  const seats: CarSeat[] = [];
  let next = 0;
  for (const vehicle of vehicles) {
    vehiclePlaces(vehicle.passengers).forEach((place, i) => {
      const person = riders[next];
      if (!person) return;
      seats.push({ vehicle, honour: i + 1, place, person });
      next++;
    });
  }
  return { seats, unplaced: riders.slice(next) };
}

/** 8.3 for a car seat. */
export function explainCarSeat(seat: CarSeat): Bilingual {
  const rank = seat.person.rank === null ? both('无排序号', 'no rank') : both(`排序第${seat.person.rank}`, `rank ${seat.person.rank}`);
  const honour = seat.honour === 1 ? both('（上座）', ' (seat of honour)') : both(`（本车第${seat.honour}位）`, ` (place ${seat.honour} in the car)`);
  return both(`${rank.zh}，${seat.vehicle.name}${seat.place.zh}${honour.zh}`, `${rank.en}, ${seat.vehicle.name} ${seat.place.en}${honour.en}`);
}

/** Vehicles for `count` people when none are given: cars of three passengers. */
export function carsFor(count: number, passengers = 3): Vehicle[] {
  return Array.from({ length: Math.max(1, Math.ceil(count / passengers)) }, (_, i) => ({ name: `${i + 1}号车`, passengers }));
}
