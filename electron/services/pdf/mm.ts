/** PDF works in points; paper is specified in millimetres. */
export const mm = (millimetres: number): number => (millimetres * 72) / 25.4;
