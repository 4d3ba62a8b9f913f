// The main process's IPC handlers, with a stand-in for the `electron` module (its binary cannot
// run here): senders are checked, payloads validated, and the services do the real work on disk.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const dialogAnswer = vi.hoisted(() => ({ filePaths: [] as string[], filePath: '', messageBox: 2, saveDialogs: 0, messageBoxes: 0 }));
const external = vi.hoisted(() => [] as string[]);
const opened = vi.hoisted(() => [] as string[]);
vi.mock('electron', () => ({
  ipcMain: { handle: vi.fn() },
  shell: { openPath: vi.fn(async (file: string) => void opened.push(file)), openExternal: vi.fn(async (url: string) => void external.push(url)) },
  dialog: {
    showOpenDialog: vi.fn(async () => ({ canceled: dialogAnswer.filePaths.length === 0, filePaths: dialogAnswer.filePaths })),
    showSaveDialog: vi.fn(async () => (dialogAnswer.saveDialogs++, { canceled: dialogAnswer.filePath === '', filePath: dialogAnswer.filePath })),
    showMessageBox: vi.fn(async () => (dialogAnswer.messageBoxes++, { response: dialogAnswer.messageBox })),
  },
}));

const { createHandlers } = await import('../../electron/main/ipc');
const { CHANNELS, HELP_LINKS } = await import('../../shared/platform');
const { serializeProject } = await import('../../shared/model/load');
const { sampleProject } = await import('../../shared/model/sample');

const webContents = { id: 1 };
const window = { webContents } as never;
const trustedUrl = 'app://zuoci/index.html';
const { KnownDocuments } = await import('../../electron/services/documents/known-documents');
const { RecentFiles } = await import('../../electron/services/documents/recent-files');
const { RecoveryFolder } = await import('../../electron/services/documents/recovery');
const { TemplateLibrary } = await import('../../electron/services/templates/library');
const { PickedFonts } = await import('../../electron/services/fonts/picked-fonts');
const { bundledFontPath } = await import('../../electron/services/fonts/bundled');
const { resolveFont } = await import('../../electron/services/fonts/font-choice');
const userData = mkdtempSync(path.join(os.tmpdir(), 'zuoci-user-'));
const launchPaths: string[] = [];
const handlers = createHandlers({
  window: () => window, isTrustedUrl: (url) => url === trustedUrl, known: new KnownDocuments(),
  recovery: new RecoveryFolder(path.join(userData, 'recovery')), recent: new RecentFiles(path.join(userData, 'recent.json')),
  takeLaunchPaths: () => launchPaths.splice(0), pickedFonts: new PickedFonts(path.join(userData, 'picked-fonts.json')),
  templates: new TemplateLibrary(path.join(userData, 'templates')),
});
const call = (channel: string, payload: unknown, sender: unknown = webContents, url = trustedUrl) =>
  handlers[channel]!({ sender, senderFrame: { url } } as never, payload);

beforeEach(() => {
  Object.assign(dialogAnswer, { filePaths: [], filePath: '', messageBox: 2, saveDialogs: 0, messageBoxes: 0 });
});

describe('IPC handlers', () => {
  it('refuse a call from another window or page', async () => {
    await expect(call(CHANNELS.openDocument, {}, { id: 2 })).rejects.toThrow('untrusted sender');
    await expect(call(CHANNELS.openDocument, {}, webContents, 'https://example.com/')).rejects.toThrow('untrusted sender');
  });

  it('refuse a payload that does not match the contract', async () => {
    await expect(call(CHANNELS.saveDocument, { path: 42 })).rejects.toThrow('Invalid IPC payload');
    await expect(call(CHANNELS.openDocument, { sneaky: true })).rejects.toThrow('Invalid IPC payload');
  });

  it('save as: asks where, writes atomically, and returns the path', async () => {
    const target = path.join(mkdtempSync(path.join(os.tmpdir(), 'zuoci-ipc-')), '会议.zuoci');
    dialogAnswer.filePath = target;
    const text = serializeProject(sampleProject());
    expect(await call(CHANNELS.saveDocument, { path: null, suggestedName: '会议.zuoci', text })).toEqual({ ok: true, value: { path: target, fileName: '会议.zuoci' } });
    expect(readFileSync(target, 'utf8')).toBe(text);
  });

  it('a cancelled dialog is neither an error nor a result', async () => {
    expect(await call(CHANNELS.importRoster, {})).toEqual({ ok: false, cancelled: true });
  });

  it('imports the roster the user picked', async () => {
    dialogAnswer.filePaths = [path.resolve('test/fixtures/plenary-roster-gbk.csv')];
    const result = await call(CHANNELS.importRoster, {});
    expect(result.ok && (result.value as { people: unknown[] }).people).toHaveLength(170);
  });

  it('reads the roster the user picked as a table for the mapping dialog (GBK decoded in the worker)', async () => {
    dialogAnswer.filePaths = [path.resolve('test/fixtures/plenary-roster-gbk.csv')];
    const result = await call(CHANNELS.readRosterTable, {});
    const rows = result.ok ? (result.value as { fileName: string; rows: string[][] }).rows : [];
    expect(result.ok && (result.value as { fileName: string }).fileName).toBe('plenary-roster-gbk.csv');
    expect(rows[0]).toEqual(['序号', '姓名', '性别', '民族', '单位', '职务', '排序号', '类别', '备注']);
    expect(rows).toHaveLength(171);
    await expect(call(CHANNELS.readRosterTable, { path: '/etc/passwd' })).rejects.toThrow('Invalid IPC payload');
  });

  it('opening a damaged document returns the text; the renderer decides it cannot load it', async () => {
    dialogAnswer.filePaths = [path.resolve('test/fixtures/malformed-roster.csv')];
    const result = await call(CHANNELS.openDocument, {});
    expect(result).toMatchObject({ ok: true, value: { fileName: 'malformed-roster.csv' } });
  });

  it('previews a PDF of the document, and refuses one that does not validate', async () => {
    const text = serializeProject(sampleProject());
    const result = await call(CHANNELS.previewPdf, { kind: 'map', documentText: text });
    expect(result.ok && Buffer.from((result.value as { pdfBase64: string }).pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(await call(CHANNELS.previewPdf, { kind: 'map', documentText: '{}' })).toMatchObject({ ok: false });
    await expect(call(CHANNELS.previewPdf, { kind: 'poster', documentText: text })).rejects.toThrow('Invalid IPC payload');
  });

  it('saves a PDF where the user says and opens it in the system viewer when asked', async () => {
    const target = path.join(mkdtempSync(path.join(os.tmpdir(), 'zuoci-ipc-')), '座次图.pdf');
    dialogAnswer.filePath = target;
    const result = await call(CHANNELS.exportPdf, { kind: 'index', documentText: serializeProject(sampleProject()), suggestedName: '座次表.pdf', openAfter: true });
    // The sample meeting has nobody seated: a message, not a file.
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('还没有人入座') });
    const map = await call(CHANNELS.exportPdf, { kind: 'map', documentText: serializeProject(sampleProject()), suggestedName: '座次图.pdf', openAfter: true });
    expect(map).toMatchObject({ ok: true, value: { location: target, pageCount: 1 } });
    expect(readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
    expect(opened).toEqual([target]);
  });

  it('saves the Excel export where the user says, with the chosen sheets only', async () => {
    const { makePerson } = await import('../../shared/model/person');
    const target = path.join(mkdtempSync(path.join(os.tmpdir(), 'zuoci-ipc-')), '座次.xlsx');
    dialogAnswer.filePath = target;
    const empty = { ...sampleProject(), people: [] };
    expect(await call(CHANNELS.exportExcel, { documentText: serializeProject(empty), sheets: ['list'], suggestedName: '座次.xlsx' }))
      .toMatchObject({ ok: false, message: expect.stringContaining('请先导入名单') });
    const withPeople = { ...sampleProject(), people: [makePerson({ id: 'p1', name: '王伟' })] };
    const result = await call(CHANNELS.exportExcel, { documentText: serializeProject(withPeople), sheets: ['list', 'sign-in'], suggestedName: '座次.xlsx' });
    expect(result).toEqual({ ok: true, value: { location: target, sheetNames: ['座次名单', '签到表'] } });
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK');
    await expect(call(CHANNELS.exportExcel, { documentText: '{}', sheets: ['poster'], suggestedName: 'x.xlsx' })).rejects.toThrow('Invalid IPC payload');
  });

  it('saves the card change checklist, comparing the two states it is sent', async () => {
    const { makePerson } = await import('../../shared/model/person');
    const { arrangeZones } = await import('../../shared/arrange/arrange');
    const target = path.join(mkdtempSync(path.join(os.tmpdir(), 'zuoci-ipc-')), '清单.pdf');
    dialogAnswer.filePath = target;
    const before = arrangeZones({ ...sampleProject(), people: ['甲', '乙'].map((name, i) => makePerson({ id: `p${i}`, name, rank: i + 1, seatZone: '主席台' })) }).project;
    const after = arrangeZones({ ...before, people: before.people.map((p) => (p.id === 'p0' ? { ...p, absent: true } : p)) }).project;
    const result = await call(CHANNELS.exportCardChecklist, { previousText: serializeProject(before), documentText: serializeProject(after), suggestedName: '清单.pdf' });
    expect(result).toMatchObject({ ok: true, value: { location: target, pageCount: 1 } });
    expect(readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
    await expect(call(CHANNELS.exportCardChecklist, { documentText: '{}', suggestedName: 'x.pdf' })).rejects.toThrow('Invalid IPC payload');
  });

  it('never writes to a path the page names: an unknown path means "save as", with a dialog', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'zuoci-ipc-'));
    const sneaky = path.join(dir, 'autostart.zuoci');
    const text = serializeProject(sampleProject());
    expect(await call(CHANNELS.saveDocument, { path: sneaky, suggestedName: 'x.zuoci', text })).toEqual({ ok: false, cancelled: true });
    expect(dialogAnswer.saveDialogs).toBe(1);
    expect(existsSync(sneaky)).toBe(false);
  });

  it('saving over a file someone changed since it was opened asks first', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'zuoci-ipc-')), '会议.zuoci');
    const text = serializeProject(sampleProject());
    writeFileSync(file, `\ufeff${text}`);
    dialogAnswer.filePaths = [file];
    const opened = await call(CHANNELS.openDocument, {});
    expect(opened).toMatchObject({ ok: true, value: { path: file, text } }); // the BOM is gone
    // Saving back to the file main opened needs no dialog.
    expect(await call(CHANNELS.saveDocument, { path: file, suggestedName: '会议.zuoci', text })).toMatchObject({ ok: true });
    expect(dialogAnswer.saveDialogs + dialogAnswer.messageBoxes).toBe(0);
    writeFileSync(file, 'a colleague saved over it');
    dialogAnswer.messageBox = 2; // 取消
    expect(await call(CHANNELS.saveDocument, { path: file, suggestedName: '会议.zuoci', text })).toEqual({ ok: false, cancelled: true });
    expect(readFileSync(file, 'utf8')).toBe('a colleague saved over it');
    dialogAnswer.messageBox = 0; // 覆盖
    expect(await call(CHANNELS.saveDocument, { path: file, suggestedName: '会议.zuoci', text })).toMatchObject({ ok: true });
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(dialogAnswer.messageBoxes).toBe(2);
  });

  it('recent files: listed by main; only a listed one opens', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'zuoci-ipc-')), '最近.zuoci');
    writeFileSync(file, serializeProject(sampleProject()));
    dialogAnswer.filePaths = [file];
    await call(CHANNELS.openDocument, {});
    const recent = await call(CHANNELS.recentFiles, {});
    expect(recent.ok && (recent.value as { path: string }[])[0]).toEqual({ path: file, fileName: '最近.zuoci' });
    expect(await call(CHANNELS.openRecent, { path: file })).toMatchObject({ ok: true, value: { path: file } });
    expect(await call(CHANNELS.openRecent, { path: '/etc/passwd' })).toMatchObject({ ok: false, message: expect.stringContaining('不在最近') });
  });

  it('autosave, then recovery after a crash, then discard', async () => {
    expect(await call(CHANNELS.takeRecovery, {})).toEqual({ ok: false, cancelled: true });
    expect(await call(CHANNELS.autosave, { text: 'unsaved work', fileName: 'a.zuoci', path: '/etc/passwd' })).toEqual({ ok: true, value: null });
    const recovered = await call(CHANNELS.takeRecovery, {});
    // The path came from the page and is not a recent file: it comes back as null (save asks).
    expect(recovered).toMatchObject({ ok: true, value: { text: 'unsaved work', fileName: 'a.zuoci', path: null } });
    await call(CHANNELS.discardRecovery, {});
    expect(await call(CHANNELS.takeRecovery, {})).toEqual({ ok: false, cancelled: true });
  });

  it('a file handed over by the system opens once and becomes saveable', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'zuoci-ipc-')), '双击.zuoci');
    writeFileSync(file, serializeProject(sampleProject()));
    launchPaths.push(file, '/nonexistent/missing.zuoci');
    expect(await call(CHANNELS.takeOpenedDocuments, {})).toMatchObject({ ok: true, value: [{ path: file, fileName: '双击.zuoci' }] });
    expect(await call(CHANNELS.takeOpenedDocuments, {})).toEqual({ ok: true, value: [] });
  });

  it('opens only the app’s own help pages', async () => {
    await call(CHANNELS.openHelp, { topic: 'readme' });
    expect(external).toEqual([HELP_LINKS.readme]);
    await expect(call(CHANNELS.openHelp, { topic: 'https://evil.example/' })).rejects.toThrow('Invalid IPC payload');
  });

  it('a font picked in main’s dialog may be used by documents, and is remembered for the next run', async () => {
    const font = path.join(mkdtempSync(path.join(os.tmpdir(), 'zuoci-ipc-')), '我的字体.ttf');
    copyFileSync(bundledFontPath(), font);
    expect(() => resolveFont(font, [])).toThrow('不在本机字体文件夹中');
    dialogAnswer.filePaths = [font];
    expect(await call(CHANNELS.pickFont, {})).toMatchObject({ ok: true, value: [{ choice: font, name: expect.stringContaining('Noto Sans SC') }] });
    expect(resolveFont(font, [])).toEqual({ path: font });
    expect(JSON.parse(readFileSync(path.join(userData, 'picked-fonts.json'), 'utf8'))).toEqual({ fonts: [font] });
  });
});

describe('template channels (常用会场模板)', () => {
  it('save a template into the app data folder and list it; refuse one that would not load', async () => {
    const { ROOM_TEMPLATES } = await import('../../shared/model/templates');
    const { serializeRoomTemplate, templateOfRoom } = await import('../../shared/model/room-template');
    const text = serializeRoomTemplate(templateOfRoom('我的礼堂', ROOM_TEMPLATES['大礼堂']!()));
    const saved = await call(CHANNELS.saveTemplate, { name: '我的礼堂', text });
    expect(saved).toEqual({ ok: true, value: { fileName: '我的礼堂.zuoci-room', text } });
    expect(readFileSync(path.join(userData, 'templates', '我的礼堂.zuoci-room'), 'utf8')).toBe(text);
    expect(await call(CHANNELS.listTemplates, {})).toEqual({ ok: true, value: [{ fileName: '我的礼堂.zuoci-room', text }] });
    const refused = await call(CHANNELS.saveTemplate, { name: '坏的', text: '{"format":"zuoci"}' });
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/^未保存模板/) });
    await expect(call(CHANNELS.saveTemplate, { name: '', text })).rejects.toThrow('Invalid IPC payload');
  });

  it('export asks where and writes the file; import reads the file picked', async () => {
    const target = path.join(mkdtempSync(path.join(os.tmpdir(), 'zuoci-tpl-')), '分享.zuoci-room');
    dialogAnswer.filePath = target;
    expect(await call(CHANNELS.exportTemplate, { suggestedName: '分享.zuoci-room', text: '{"format":"zuoci-room"}' })).toMatchObject({ ok: true, value: { path: target } });
    dialogAnswer.filePaths = [target];
    expect(await call(CHANNELS.importTemplate, {})).toEqual({ ok: true, value: { fileName: '分享.zuoci-room', text: '{"format":"zuoci-room"}' } });
    dialogAnswer.filePaths = [];
    expect(await call(CHANNELS.importTemplate, {})).toEqual({ ok: false, cancelled: true });
  });
});
