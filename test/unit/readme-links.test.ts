// README.md must stand alone for someone who only cloned this repository: every link in it (and in
// the docs it sends readers to) points to a file inside the repository or to a public web page.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

/** Inline links and images `[text](target)`, and autolinks `<https://…>`, outside code. */
function linksIn(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  const inline = [...prose.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
  const auto = [...prose.matchAll(/<(https?:\/\/[^>\s]+)>/g)].map((m) => m[1]!);
  return [...inline, ...auto];
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
const anchorsOf = (markdown: string) =>
  new Set([...markdown.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => m[1]!.trim().toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s/g, '-')));

/** Why `target`, linked from `file`, does not stand alone; null when it does. */
function brokenLink(file: string, target: string): string | null {
  if (/^https?:\/\//.test(target)) {
    const url = new URL(target);
    if (url.protocol !== 'https:') return 'not https';
    if (/^(localhost|127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|\[::1\])/.test(url.hostname) || !url.hostname.includes('.')) return 'not a public host';
    return null;
  }
  if (/^[a-z][a-z+.-]*:/i.test(target)) return 'not a web page or a repository file';
  const [pathPart, anchor] = target.split('#') as [string, string | undefined];
  const resolved = pathPart ? path.resolve(path.dirname(file), decodeURIComponent(pathPart)) : file;
  const relative = path.relative(ROOT, resolved);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return 'outside the repository';
  if (!existsSync(resolved)) return 'no such file in the repository';
  if (anchor && resolved.endsWith('.md') && !anchorsOf(readFileSync(resolved, 'utf8')).has(anchor)) return `no heading #${anchor}`;
  return null;
}

const documents = ['README.md', ...readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

describe('links that stand alone', () => {
  it.each(documents)('%s links only inside the repository or to public web pages', (name) => {
    const file = path.join(ROOT, name);
    const broken = linksIn(readFileSync(file, 'utf8'))
      .map((target) => ({ target, why: brokenLink(file, target) }))
      .filter((link) => link.why)
      .map((link) => `${link.target}: ${link.why}`);
    expect(broken).toEqual([]);
  });

  it('README has links to check, among them the handbook summaries and the walkthrough screenshots', () => {
    const links = linksIn(readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
    expect(links).toEqual(expect.arrayContaining(['docs/protocol.md', 'docs/architecture.md', 'docs/first-meeting/3-arranged.png', '#english']));
  });

  it('catches what would not stand alone', () => {
    const readme = path.join(ROOT, 'README.md');
    expect(brokenLink(readme, '../shared/handbook/protocol.md')).toBe('outside the repository');
    expect(brokenLink(readme, 'docs/nowhere.md')).toBe('no such file in the repository');
    expect(brokenLink(readme, '#no-such-heading')).toBe('no heading #no-such-heading');
    expect(brokenLink(readme, 'http://127.0.0.1:5173/')).toBe('not https');
    expect(brokenLink(readme, 'https://localhost/x')).toBe('not a public host');
    expect(brokenLink(readme, 'file:///etc/passwd')).toBe('not a web page or a repository file');
    expect(brokenLink(readme, 'https://www.electronjs.org/docs')).toBeNull();
  });
});
