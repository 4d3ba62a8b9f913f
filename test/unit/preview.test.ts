import { describe, expect, it } from 'vitest';
import { previewPattern } from '../../shared/arrange/preview';
import { DEFAULT_ZONE_RULES } from '../../shared/model/schema';
import { sampleProject } from '../../shared/model/sample';

describe('rules panel preview', () => {
  const project = sampleProject();
  it('shows the rostrum row pattern for the chosen convention', () => {
    expect(previewPattern(project, 'rostrum-1', DEFAULT_ZONE_RULES).rows).toEqual([[7, 5, 3, 1, 2, 4, 6]]);
    expect(previewPattern(project, 'rostrum-1', { ...DEFAULT_ZONE_RULES, convention: 'right' }).rows).toEqual([[6, 4, 2, 1, 3, 5, 7]]);
  });
  it('shows the hall’s first rows in fill order', () => {
    const snake = previewPattern(project, 'hall-1', { ...DEFAULT_ZONE_RULES, snake: true }).rows;
    expect(snake[0]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(snake[1]).toEqual([20, 19, 18, 17, 16, 15, 14, 13, 12, 11]);
    const centre = previewPattern(project, 'hall-1', { ...DEFAULT_ZONE_RULES, method: 'centre' }).rows;
    expect(centre[0]).toEqual([9, 7, 5, 3, 1, 2, 4, 6, 8, 10]);
  });
});
