// Auto-arrange every zone the engine knows, one after another, into a new document.
import type { Person, Project } from '../model/schema';
import { arrangeRostrum } from './rostrum';

export interface ArrangedProject {
  project: Project;
  unplaced: Person[];
}

export function arrangeRostrums(project: Project): ArrangedProject {
  let current = project;
  const unplaced: Person[] = [];
  for (const element of project.venue.elements) {
    if (element.kind !== 'rostrum') continue;
    const outcome = arrangeRostrum(current, element.id);
    current = { ...current, assignment: outcome.assignment };
    unplaced.push(...outcome.unplaced);
  }
  return { project: current, unplaced };
}
