// A wall's points as the user types them: "x y" pairs in metres, separated by commas (or Chinese
// commas, semicolons, new lines), e.g. "0 0, 6 0, 6 4". Centimetres in the document.

/** Centimetre points, or null when the text is not at least two pairs of numbers. */
export function parsePoints(text: string): { x: number; y: number }[] | null {
  const pairs = text.split(/[,，;；\n]+/).map((part) => part.trim()).filter(Boolean);
  const points = pairs.map((pair) => pair.split(/\s+/).map((n) => Number(n)));
  if (points.length < 2 || points.some((p) => p.length !== 2 || !p.every(Number.isFinite))) return null;
  return points.map(([x, y]) => ({ x: Math.round(x! * 100), y: Math.round(y! * 100) }));
}

const metres = (cm: number) => String(Number((cm / 100).toFixed(2)));

export const formatPoints = (points: readonly { x: number; y: number }[]): string => points.map((p) => `${metres(p.x)} ${metres(p.y)}`).join(', ');
