// 代会 (protocol 8.1 as updated): the substitute has their own name, unit and title, never the
// absent person's; they keep the rank and category that hold the absent person's place.
import { describe, expect, it } from 'vitest';
import { arrangeZones } from '../../shared/arrange/arrange';
import { addSubstitute } from '../../shared/model/edits';
import { makePerson } from '../../shared/model/person';
import { quickVenue } from '../../shared/model/quick-venue';
import { emptyProject } from '../../shared/model/sample';
import { cardList } from '../../shared/print/card-list';

const roster = ['甲', '乙', '丙', '丁'].map((name, i) =>
  makePerson({ id: `p${i + 1}`, name, rank: i + 1, category: '出席', rosterIndex: i, unit: '区委', title: `副书记${i}`, gender: '男', ethnicity: '汉族' }));
// A hall only: a substitute takes the absent person's seat there (8.1).
const planned = arrangeZones({ ...emptyProject(quickVenue({ rostrumRows: [], hall: { rows: 1, seatsPerRow: 4, aisles: [] } })), people: roster }).project;

describe('addSubstitute', () => {
  it('gives the substitute their own unit and title and the absent person’s seat, rank and category', () => {
    const changed = addSubstitute(planned, 'p2', { name: '王代表', unit: '区政府办公室', title: '主任' });
    const substitute = changed.people.find((p) => p.name === '王代表')!;
    expect(substitute).toMatchObject({ unit: '区政府办公室', title: '主任', rank: 2, category: '出席', substituteFor: 'p2', gender: '', ethnicity: '' });
    expect(changed.people.find((p) => p.id === 'p2')!.absent).toBe(true);
    const seat = Object.entries(planned.assignment).find(([, who]) => who === 'p2')![0];
    expect(changed.assignment[seat]).toBe(substitute.id);
  });

  it('never copies the absent person’s unit or title: a bare name leaves both empty', () => {
    const substitute = addSubstitute(planned, 'p2', '王代表').people.find((p) => p.name === '王代表')!;
    expect([substitute.unit, substitute.title]).toEqual(['', '']);
  });

  it('puts the substitute’s own title on the card', () => {
    const changed = addSubstitute(planned, 'p1', { name: '王代表', unit: '区政府办公室', title: '主任' });
    const cards = cardList({ ...changed, print: { ...changed.print, secondLine: 'title' } }, { zones: ['hall'] });
    expect(cards.find((c) => c.name === '王代表')!.secondLine).toBe('主任');
    expect(cards.map((c) => c.secondLine)).not.toContain('副书记0');
  });
});
