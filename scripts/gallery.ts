// Renders one page of every printed format into docs/gallery/ (run: npx tsx scripts/gallery.ts).
// Needs poppler-utils (pdftoppm). The README links the pictures.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { arrangeZones } from '../shared/arrange/arrange';
import { replaceRoster } from '../shared/model/edits';
import { emptyProject } from '../shared/model/sample';
import type { Project } from '../shared/model/schema';
import { ROOM_TEMPLATES } from '../shared/model/templates';
import { photoVenue } from '../shared/arrange/photo';
import { importRoster } from '../electron/services/import/import-roster';
import { printCards } from '../electron/services/pdf/print-cards';
import { printList, printSeatMap } from '../electron/services/pdf/print-map';

const OUT = 'docs/gallery';
mkdirSync(OUT, { recursive: true });

async function meeting(room: string, roster: string, title: string): Promise<Project> {
  const template = ROOM_TEMPLATES[room]!();
  const people = (await importRoster(readFileSync(`test/fixtures/${roster}`), roster)).people;
  const base = { ...emptyProject(template.venue), rules: template.rules, meta: { title, date: '2026年11月25日', place: room, status: 'draft' as const } };
  return arrangeZones(replaceRoster(base, people)).project;
}

function png(pdf: Buffer, name: string, dpi = 40, page = 1): void {
  const file = `${OUT}/${name}.pdf`;
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, `${OUT}/${name}`]);
  execFileSync('rm', [file]);
}

const plenary = await meeting('大礼堂', 'plenary-roster.xlsx', '区委全体（扩大）会议');
const banquet = await meeting('宴会厅', 'banquet-roster.xlsx', '欢迎宴会');
const withPrint = (p: Project, print: Partial<Project['print']>) => ({ ...p, print: { ...p.print, ...print } });

png((await printCards(plenary)).pdf, 'cards-a4-fold2');
png((await printCards(withPrint(plenary, { cardFormat: 'a4-fold3', secondLine: 'title' }))).pdf, 'cards-a4-fold3');
png((await printCards(withPrint(plenary, { cardFormat: 'insert-200x100' }))).pdf, 'cards-insert-200x100');
png((await printCards(withPrint(plenary, { cardFormat: 'custom', customWidth: 90, customHeight: 200, vertical: true }))).pdf, 'cards-custom-vertical');
png((await printCards(withPrint(banquet, { englishLine: true }))).pdf, 'cards-english-line');
png((await printSeatMap(plenary)).pdf, 'map-a3-key-plan', 30);
// A sheet after the key plan: as many aisle blocks and rows as keep every name at 6 pt or more.
png((await printSeatMap(plenary)).pdf, 'map-a3-sheet', 30, 3);
png((await printSeatMap(banquet, { paper: 'A4', landscape: true, view: 'a', rowLabels: 'arabic' })).pdf, 'map-banquet-a4', 40);
png((await printSeatMap({ ...plenary, meta: { ...plenary.meta, status: 'approved', approvedBy: '张主任', approvedAt: '2026-11-24' } }, { paper: 'A4', landscape: false, view: 'r', rowLabels: 'chinese' })).pdf, 'map-a4-r-view-approved', 40);
png((await printList(plenary, 'index')).pdf, 'list-index');
png((await printList(plenary, 'sign-in')).pdf, 'list-sign-in');
png((await printList(plenary, 'tickets')).pdf, 'list-tickets');
// Section 9: the 合影 站位图 of the rostrum's 28 people, and the 乘车安排表 of the banquet's guests.
const photo = arrangeZones({ ...emptyProject(photoVenue([14, 14])), meta: plenary.meta, people: plenary.people }).project;
png((await printList(photo, 'photo')).pdf, 'photo-standing-plan');
png((await printList({ ...banquet, vehicles: [{ name: '1号车', passengers: 3 }, { name: '2号车', passengers: 3 }, { name: '3号车', passengers: 6 }] }, 'cars')).pdf, 'car-plan');
console.log(`gallery written to ${OUT}`);
