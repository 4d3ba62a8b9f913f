// 座次图 for a document, and the seat index / sign-in sheets / tickets that go with it.
import type { Project, SeatMapSettings } from '../../../shared/model/schema';
import { seatMapPages } from '../../../shared/print/seat-map-layout';
import { seatIndexPages, signInPages, ticketPages } from '../../../shared/print/seat-lists';
import { photoStandingPages } from '../../../shared/print/photo-layout';
import { carListPages } from '../../../shared/print/car-list';
import type { PrintPage } from '../../../shared/print/shapes';
import { fontChainFor } from './print-cards';
import { renderPagesPdf } from './pages';

export async function printSeatMap(project: Project, settings: SeatMapSettings = project.print.map): Promise<{ pdf: Buffer; pageCount: number }> {
  const pages = seatMapPages(project, settings);
  return { pdf: await renderPagesPdf(pages, fontChainFor(project), `${project.meta.title}座次图`), pageCount: pages.length };
}

export type ListKind = 'index' | 'sign-in' | 'tickets' | 'photo' | 'cars';

const LISTS: Record<ListKind, { pages: (project: Project) => PrintPage[]; title: string }> = {
  index: { pages: seatIndexPages, title: '座次表' },
  'sign-in': { pages: signInPages, title: '签到表' },
  tickets: { pages: ticketPages, title: '座次证' },
  // 9.1 合影站位图 and 9.5 乘车安排表.
  photo: { pages: photoStandingPages, title: '合影站位图' },
  cars: { pages: carListPages, title: '乘车安排表' },
};

export async function printList(project: Project, kind: ListKind): Promise<{ pdf: Buffer; pageCount: number }> {
  const pages = LISTS[kind].pages(project);
  return { pdf: await renderPagesPdf(pages, fontChainFor(project), `${project.meta.title}${LISTS[kind].title}`), pageCount: pages.length };
}
