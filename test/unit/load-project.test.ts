// Opening documents: round trip, old (v0) files migrate, newer and damaged files never crash.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadProject, serializeProject } from '../../shared/model/load';
import { sampleProject } from '../../shared/model/sample';
import { CURRENT_SCHEMA_VERSION } from '../../shared/model/schema';

const sampleText = serializeProject(sampleProject());

function errorOf(text: string): string {
  const loaded = loadProject(text);
  if (loaded.ok) throw new Error('expected the load to fail');
  return loaded.error.message;
}

describe('loadProject', () => {
  it('opens what it saved, unchanged', () => {
    const loaded = loadProject(sampleText);
    expect(loaded.ok && loaded.value).toEqual(sampleProject());
  });

  it('migrates the v0 prototype file: meta, one-row rostrum, ranks and seats survive', () => {
    const loaded = loadProject(readFileSync('test/fixtures/v0-meeting.zuoci', 'utf8'));
    if (!loaded.ok) throw new Error(loaded.error.message);
    const project = loaded.value;
    expect(project.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(project.meta).toMatchObject({ title: '区委常委会（原型版文件）', date: '2026-03-02', status: 'draft' });
    expect(project.venue.elements[0]).toMatchObject({ kind: 'rostrum', rows: [5] });
    expect(project.people.map((p) => [p.name, p.rank])).toEqual([['黄萍峰', 1], ['毛军', 2], ['汤慧福', 3]]);
    expect(project.assignment).toEqual({ 'rostrum-1:1-3': 'p1', 'rostrum-1:1-4': 'p2' });
    expect(project.people[2]).toMatchObject({ unit: '', category: '', rosterIndex: 2 });
  });

  it('opens a file from a newer version with a warning and keeps its unknown fields', () => {
    const newer = { ...JSON.parse(sampleText), schemaVersion: CURRENT_SCHEMA_VERSION + 1, seatingTheme: 'red' };
    const loaded = loadProject(JSON.stringify(newer));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.warnings[0]!.message).toContain('较新版本');
    expect(JSON.parse(serializeProject(loaded.value)).seatingTheme).toBe('red');
  });

  it('explains a corrupt file in Chinese', () => {
    expect(errorOf(sampleText.slice(0, 200))).toContain('文件已损坏');
    expect(errorOf('')).toContain('文件已损坏');
    expect(errorOf('[1,2]')).toContain('不是座次文档');
    expect(errorOf('{"format":"excel"}')).toContain('不是座次（.zuoci）文件');
  });

  it('names the field that is wrong', () => {
    const broken = JSON.parse(sampleText);
    broken.venue.elements[0].rows = ['七'];
    const loaded = loadProject(JSON.stringify(broken));
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.error.message).toContain('venue.elements.0.rows.0');
    expect(loaded.error.message).toContain('应为数字');
    expect(loaded.error.field).toBe('venue.elements.0.rows.0');
  });

  it('refuses a seat that points at nobody', () => {
    const broken = { ...JSON.parse(sampleText), assignment: { 'rostrum-1:1-1': 'ghost' } };
    expect(errorOf(JSON.stringify(broken))).toContain('不存在的人员 ghost');
  });
});
