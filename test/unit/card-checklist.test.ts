// 座签变动清单 (8.2) as the staff get it: a PDF listing new cards, moved cards (from → to) and cards
// to take away, each with a box to tick; the host compares the two states itself.
import { describe, expect, it } from 'vitest';
import { arrangeZones } from '../../shared/arrange/arrange';
import { setAbsent } from '../../shared/model/edits';
import { serializeProject } from '../../shared/model/load';
import { makePerson } from '../../shared/model/person';
import { quickVenue } from '../../shared/model/quick-venue';
import { emptyProject } from '../../shared/model/sample';
import { cardChecklistFor } from '../../electron/services/host-actions';
import { pdfInfo, pdfText, writeTempPdf } from './pdf-tools';

const roster = ['黄萍峰', '毛军', '汤慧福', '薛强', '金波', '闫柏勇', '邱红萍'].map((name, i) =>
  makePerson({ id: `p${i + 1}`, name, rank: i + 1, category: '出席', rosterIndex: i }));
const base = emptyProject(quickVenue({ rostrumRows: [5], hall: { rows: 1, seatsPerRow: 4, aisles: [] } }));
const planned = arrangeZones({ ...base, meta: { ...base.meta, title: '区委全会' }, people: roster }).project;

describe('card change checklist PDF', () => {
  it('lists new, moved and removed cards with from → to seats', async () => {
    const after = arrangeZones(setAbsent(planned, 'p2', true)).project;
    const made = await cardChecklistFor({ previousText: serializeProject(planned), documentText: serializeProject(after) });
    if (!made.ok) throw new Error('no checklist');
    const file = writeTempPdf(made.value.pdf);
    expect(pdfInfo(file).pages).toBe(1);
    const text = pdfText(file).replace(/\s/g, '');
    expect(text).toContain('区委全会座签变动清单');
    expect(text).toContain('一、新印座签（1张）');
    expect(text).toContain('闫柏勇主席台1排1座');
    expect(text).toContain('二、挪动座签（3张）');
    expect(text).toContain('薛强主席台1排5座主席台1排2座');
    expect(text).toContain('三、撤下座签（1张）');
  });

  it('says so when no card changed', async () => {
    const text = serializeProject(planned);
    expect(await cardChecklistFor({ previousText: text, documentText: text })).toEqual({ ok: false, message: '座签没有变动，无需清单。', en: 'No card has changed: there is nothing to list.' });
  });
});
