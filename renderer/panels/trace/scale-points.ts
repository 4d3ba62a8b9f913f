// Picking the two points of the floor plan's scale on the canvas: a small state the ScalePicker
// overlay shows, and a promise the Set scale action waits on. Never part of the document.
import { create } from 'zustand';
import type { Point } from '../../../shared/model/background';

interface ScalePoints {
  /** Points clicked so far (room cm), or null when not picking. */
  points: Point[] | null;
  done: ((points: [Point, Point] | null) => void) | null;
}

export const useScalePoints = create<ScalePoints>()(() => ({ points: null, done: null }));

/** Resolves the two clicked points, or null when the user presses Escape (or starts again). */
export function pickTwoPoints(): Promise<[Point, Point] | null> {
  useScalePoints.getState().done?.(null);
  return new Promise((resolve) => {
    useScalePoints.setState({
      points: [],
      done: (points) => {
        useScalePoints.setState({ points: null, done: null });
        resolve(points);
      },
    });
  });
}

export function addScalePoint(point: Point): void {
  const { points, done } = useScalePoints.getState();
  if (!points || !done) return;
  const next = [...points, point];
  if (next.length === 2) done([next[0]!, next[1]!]);
  else useScalePoints.setState({ points: next });
}

export const cancelScalePoints = (): void => useScalePoints.getState().done?.(null);
