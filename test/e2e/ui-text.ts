// Every piece of text a user can read on the page: text nodes (option labels included), the
// title, placeholder and aria-label attributes, and the texts Konva draws on the canvas, each
// tagged with the part of the app it came from so a failure says whose string it is.
import type { Page } from 'playwright-core';

export interface UiText {
  screen: string;
  source: 'panel' | 'dialog' | 'notice' | 'explanation' | 'canvas';
  where: string;
  text: string;
}

const HAN = /\p{Script=Han}/u;

/** Whether `text` still holds a Chinese character once the meeting's own words are taken out. */
export function chineseLeftIn(text: string, allowed: readonly string[]): boolean {
  let rest = text;
  for (const word of [...new Set(allowed)].filter(Boolean).sort((a, b) => b.length - a.length)) rest = rest.split(word).join(' ');
  return HAN.test(rest);
}

export async function collectUiText(page: Page, screen: string): Promise<UiText[]> {
  const found = await page.evaluate(() => {
    type Found = { source: UiText['source']; where: string; text: string };
    const out: Found[] = [];
    const sourceOf = (element: Element): Found['source'] =>
      element.closest('.notice') ? 'notice'
      : element.closest('.explanation, [data-testid="seat-tooltip"]') ? 'explanation'
      : element.closest('[data-testid="question-dialog"]') ? 'dialog'
      : 'panel';
    const describe = (element: Element) => {
      const marked = element.closest('[data-action], [data-rule], [data-print], [data-control], [data-kind], [data-testid], [class]');
      const attribute = marked && Array.from(marked.attributes).find((a) => a.name.startsWith('data-') || a.name === 'class');
      return `${element.tagName.toLowerCase()} in ${marked ? `${marked.tagName.toLowerCase()}[${attribute?.name}="${attribute?.value}"]` : 'body'}`;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      const text = node.textContent?.trim();
      // The language switch names Chinese in Chinese ("中文"), as every language picker does.
      if (!text || parent.closest('script, style, button.language')) continue;
      out.push({ source: sourceOf(parent), where: describe(parent), text });
    }
    for (const element of Array.from(document.body.querySelectorAll('[title], [placeholder], [aria-label]'))) {
      for (const name of ['title', 'placeholder', 'aria-label']) {
        const text = element.getAttribute(name)?.trim();
        // A roster row's title is the engine's explanation of where that person sits.
        const source = name === 'title' && element.matches('tr[data-person]') ? 'explanation' : sourceOf(element);
        if (text) out.push({ source, where: `${name} of ${describe(element)}`, text });
      }
    }
    type KonvaText = { text: () => string; name: () => string; getClassName: () => string };
    const stage = (window as unknown as { Konva: { stages: { find: (s: string) => KonvaText[] }[] } }).Konva.stages[0];
    for (const node of stage?.find('Text') ?? []) out.push({ source: 'canvas', where: `canvas ${node.name() || 'text'}`, text: node.text() });
    return out;
  });
  return found.map((text) => ({ screen, ...text }));
}
