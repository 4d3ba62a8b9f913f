// Autosave's rules with a stand-in host: only unsaved, changed work is sent; it waits while the
// restore question is open; a failure is said once; saving again throws the recovered copy away.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AutosaveRequest, HostResult } from '../../shared/platform';

vi.stubGlobal('window', {});
const { createAutosaver, holdAutosave } = await import('../../renderer/actions/autosave');
const { useZuoci } = await import('../../renderer/store/store');
const { serializeMeeting } = await import('../../shared/model/load');
const { sampleMeeting } = await import('../../shared/model/sample');
const { renameMeeting } = await import('./helpers/edit');

function fakeHost(answer: HostResult<null> = { ok: true, value: null }) {
  const sent: AutosaveRequest[] = [];
  let discarded = 0;
  return {
    sent, discarded: () => discarded,
    host: {
      autosave: async (request: AutosaveRequest) => (sent.push(request), answer),
      discardRecovery: async () => (discarded++, { ok: true as const, value: null }),
    },
  };
}

beforeEach(() => {
  useZuoci.getState().replaceDocument(sampleMeeting(), '/plans/会议.zuoci', '会议.zuoci');
  useZuoci.setState({ notices: [] });
  holdAutosave(false);
});

describe('autosave', () => {
  it('sends nothing for a saved document, then the changed one, once', async () => {
    const { host, sent } = fakeHost();
    const saver = createAutosaver(host);
    expect(await saver.autosaveNow()).toBe('unchanged');
    renameMeeting('改过的会议');
    expect(await saver.autosaveNow()).toBe('saved');
    expect(sent).toEqual([{ text: serializeMeeting(useZuoci.getState().meeting), fileName: '会议.zuoci', path: '/plans/会议.zuoci' }]);
    expect(await saver.autosaveNow()).toBe('unchanged');
    renameMeeting('再改一次');
    expect(await saver.autosaveNow()).toBe('saved');
    expect(sent).toHaveLength(2);
  });

  it('waits while the user has not answered the restore question', async () => {
    const { host, sent } = fakeHost();
    const saver = createAutosaver(host);
    renameMeeting('改过的会议');
    holdAutosave(true);
    expect(await saver.autosaveNow()).toBe('unchanged');
    holdAutosave(false);
    expect(await saver.autosaveNow()).toBe('saved');
    expect(sent).toHaveLength(1);
  });

  it('says once that it failed, not every 30 seconds', async () => {
    const { host } = fakeHost({ ok: false, message: '磁盘已满' });
    const saver = createAutosaver(host);
    renameMeeting('甲');
    expect(await saver.autosaveNow()).toBe('failed');
    renameMeeting('乙');
    expect(await saver.autosaveNow()).toBe('failed');
    const notices = useZuoci.getState().notices;
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: 'warning', text: expect.stringContaining('磁盘已满') });
  });

  it('throws the recovered copy away once the work is saved', async () => {
    const { host, discarded } = fakeHost();
    const saver = createAutosaver(host);
    await saver.documentSaved();
    expect(discarded()).toBe(0); // nothing was autosaved: nothing to throw away
    renameMeeting('改过的会议');
    await saver.autosaveNow();
    useZuoci.getState().markSaved(useZuoci.getState().meeting, '/plans/会议.zuoci', '会议.zuoci');
    await saver.documentSaved();
    expect(discarded()).toBe(1);
  });
});
