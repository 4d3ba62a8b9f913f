// One entry point for the app (IPC, web server) and the CLI: bytes of a roster file to people,
// held to the document's own limits (table-limits.ts) so whatever imports can be saved.
import { peopleFromTable, type RosterImport } from '../../../shared/roster/people-from-table';
import { readRosterTable } from './read-table';
import { applyFieldLimits } from './table-limits';

export { UnreadableRosterError } from './read-table';

export async function importRoster(bytes: Uint8Array, fileName: string, firstId = 1): Promise<RosterImport> {
  const table = await readRosterTable(bytes, fileName);
  return applyFieldLimits(peopleFromTable(table, firstId), table);
}
