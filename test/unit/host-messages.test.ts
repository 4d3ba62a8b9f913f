// The Node services do not know the window's language: every failure a user can cause comes back
// in Chinese (`message`) and English (`en`), and the renderer shows the one it speaks.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FontNotFoundError, resolveFont } from '../../electron/services/fonts/font-choice';
import { excelFor, readDocumentAt, saveDocumentAt } from '../../electron/services/host-actions';
import { TemplateLibrary } from '../../electron/services/templates/library';
import { serializeProject } from '../../shared/model/load';
import { sampleProject } from '../../shared/model/sample';
import { replaceRoster } from '../../shared/model/edits';

const CJK = /[\u4e00-\u9fff]/;
const failed = (result: { ok: boolean }) => result as { ok: false; message: string; en: string };

describe('host failures in both languages', () => {
  it('a missing document: Chinese and English name the file', async () => {
    const result = failed(await readDocumentAt('/no/such/会议.zuoci'));
    expect(result.ok).toBe(false);
    expect(result.message).toContain('找不到文件');
    expect(result.en).toBe('File not found: /no/such/会议.zuoci');
  });

  it('a save that cannot be written, and one that would not open again', async () => {
    const folderless = failed(await saveDocumentAt('/no/such/dir/a.zuoci', serializeProject(sampleProject())));
    expect(folderless.message).toContain('原文件未改动');
    expect(folderless.en).toMatch(/^Saving failed \(ENOENT\); the file on disk is unchanged/);
    const broken = failed(await saveDocumentAt(path.join(mkdtempSync(path.join(os.tmpdir(), 'zuoci-msg-')), 'a.zuoci'), '{"format":"zuoci"'));
    expect(broken.message).toMatch(/^未保存：/);
    expect(broken.en).toMatch(/^Not saved: /);
    expect(broken.en).not.toMatch(CJK);
  });

  it('nothing to export is said in English too', async () => {
    const empty = failed(await excelFor({ documentText: serializeProject(replaceRoster(sampleProject(), [])), sheets: ['list'] }));
    expect(empty.en).toBe('Nobody to export: import a roster first.');
  });

  it('a refused font says why in English, without Chinese', () => {
    try {
      resolveFont('/no/such/font.ttf', []);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(FontNotFoundError);
      expect((error as FontNotFoundError).message).toContain('找不到字体文件');
      expect((error as FontNotFoundError).en).toBe('Font file not found: /no/such/font.ttf. Choose the font again in the print settings.');
    }
  });

  it('a template that would not load is refused in both languages', async () => {
    const library = new TemplateLibrary(mkdtempSync(path.join(os.tmpdir(), 'zuoci-lib-')));
    const result = failed(await library.save('坏模板', '{}'));
    expect(result.message).toMatch(/^未保存模板：/);
    expect(result.en).toMatch(/^Template not saved: /);
  });
});
