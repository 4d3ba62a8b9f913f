// The user's template library on disk (the app data folder, or the web files folder): only checked
// templates are written, a name cannot climb out of the folder, and listing skips what is not one.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TemplateLibrary } from '../../electron/services/templates/library';
import { serializeRoomTemplate, templateOfRoom } from '../../shared/model/room-template';
import { ROOM_TEMPLATES } from '../../shared/model/templates';

const text = (name: string) => serializeRoomTemplate(templateOfRoom(name, ROOM_TEMPLATES['U形会议室']!()));
const folder = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'zuoci-lib-')), 'templates');

describe('template library', () => {
  it('is empty before anything is saved, and lists what was saved by name', async () => {
    const library = new TemplateLibrary(folder());
    expect(await library.list()).toEqual([]);
    await library.save('小会议室', text('小会议室'));
    await library.save('大会议室', text('大会议室'));
    expect((await library.list()).map((t) => t.fileName)).toEqual(['大会议室.zuoci-room', '小会议室.zuoci-room']);
  });

  it('saving under the same name replaces the template, with no backup copies beside it', async () => {
    const dir = folder();
    const library = new TemplateLibrary(dir);
    await library.save('会议室', text('旧'));
    await library.save('会议室', text('新'));
    expect(readdirSync(dir)).toEqual(['会议室.zuoci-room']);
    expect((await library.list())[0]!.text).toBe(text('新'));
  });

  it('refuses a text that is not a template, and keeps a name inside the folder', async () => {
    const dir = folder();
    const library = new TemplateLibrary(dir);
    expect(await library.save('坏', '{"format":"zuoci"}')).toMatchObject({ ok: false });
    expect(existsSync(dir)).toBe(false);
    const saved = await library.save('../../逃出', text('x'));
    expect(saved).toMatchObject({ ok: true, value: { fileName: '.._.._逃出.zuoci-room' } });
    expect(readdirSync(dir)).toEqual(['.._.._逃出.zuoci-room']);
  });

  it('lists template files only: other files, folders and links are skipped', async () => {
    const dir = folder();
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, '说明.txt'), 'hello');
    mkdirSync(path.join(dir, '文件夹.zuoci-room'));
    writeFileSync(path.join(dir, '好.zuoci-room'), text('好'));
    symlinkSync(path.join(dir, '好.zuoci-room'), path.join(dir, '链接.zuoci-room'));
    expect((await new TemplateLibrary(dir).list()).map((t) => t.fileName)).toEqual(['好.zuoci-room']);
  });
});
