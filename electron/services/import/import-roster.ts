// One entry point for the app (IPC, web server) and the CLI: bytes of a roster file to people.
import { peopleFromTable, type RosterImport } from '../../../shared/roster/people-from-table';
import { readRosterTable } from './read-table';

export { UnreadableRosterError } from './read-table';

export async function importRoster(bytes: Uint8Array, fileName: string, firstId = 1): Promise<RosterImport> {
  return peopleFromTable(await readRosterTable(bytes, fileName), firstId);
}
