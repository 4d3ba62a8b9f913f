import type { Person } from '../shared/model/schema';
/** A deterministic roster in the fixture's shape: ranks, units of ~40, categories. */
export declare function generateRoster(count: number): Person[];
