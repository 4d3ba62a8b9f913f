// Each command's options in one place, so tests can check that --help documents every one.
import { ARRANGE_OPTIONS } from './commands/arrange';
import { CARDS_OPTIONS } from './commands/cards';
import { ORDER_OPTIONS } from './commands/order';
import { LIST_OPTIONS, MAP_OPTIONS } from './commands/map';
import { PHOTO_OPTIONS } from './commands/photo';
import { CARS_OPTIONS } from './commands/cars';
import { CEREMONY_OPTIONS } from './commands/ceremony';
import { EXPORT_OPTIONS } from './commands/export';

export const COMMAND_OPTIONS: Record<string, object> = {
  arrange: ARRANGE_OPTIONS,
  cards: CARDS_OPTIONS,
  order: ORDER_OPTIONS,
  map: MAP_OPTIONS,
  list: LIST_OPTIONS,
  photo: PHOTO_OPTIONS,
  cars: CARS_OPTIONS,
  reception: CEREMONY_OPTIONS,
  signing: CEREMONY_OPTIONS,
  export: EXPORT_OPTIONS,
};
