import type { Project } from '../../shared/model/schema';
export interface History {
    past: Project[];
    future: Project[];
}
export declare const emptyHistory: () => History;
export declare function recordStep(history: History, before: Project): History;
export declare function undoStep(history: History, current: Project): {
    history: History;
    project: Project;
} | null;
export declare function redoStep(history: History, current: Project): {
    history: History;
    project: Project;
} | null;
