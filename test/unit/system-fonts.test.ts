// Installed fonts (6.3): found in the system folders, and a face of a .ttc collection prints.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { arrangeZones } from '../../shared/arrange/arrange';
import { replaceRoster } from '../../shared/model/edits';
import { sampleProject } from '../../shared/model/sample';
import { fontFolders, listInstalledFonts } from '../../electron/services/fonts/system-fonts';
import { importRoster } from '../../electron/services/import/import-roster';
import { printCards } from '../../electron/services/pdf/print-cards';
import { pdfFonts, writeTempPdf } from './pdf-tools';

// CI installs Debian's fonts-noto-cjk; on a machine without it this part has nothing to find.
const notoCjk = '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc';

describe('installed fonts', () => {
  it('knows where Windows, macOS and Linux keep fonts', () => {
    expect(fontFolders('win32', 'C:\\Users\\li')[0]).toMatch(/Fonts$/);
    expect(fontFolders('darwin', '/Users/li')).toContain('/Library/Fonts');
    expect(fontFolders('linux', '/home/li')).toContain('/usr/share/fonts');
  });

  it.skipIf(!existsSync(notoCjk) && !process.env.CI)('finds Noto Sans CJK and prints cards with one face of the collection', async () => {
    const fonts = await listInstalledFonts();
    const sc = fonts.find((f) => f.choice === `${notoCjk}#NotoSansCJKsc-Bold`);
    expect(sc).toBeDefined();
    const roster = await importRoster(readFileSync('test/fixtures/plenary-roster.xlsx'), 'plenary-roster.xlsx');
    const project = arrangeZones(replaceRoster(sampleProject(), roster.people)).project;
    const printed = await printCards({ ...project, print: { ...project.print, font: sc!.choice } });
    expect(printed.cardCount).toBe(7);
    expect(pdfFonts(writeTempPdf(printed.pdf))).toMatch(/[A-Z]{6}\+NotoSansCJKsc-Bold\s.*yes yes yes/);
  });
});
