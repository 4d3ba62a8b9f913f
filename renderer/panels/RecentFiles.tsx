// 最近打开: the documents recently opened or saved (kept by the host, never by the page). Shown
// only where the host keeps such a list (the desktop app); opening one follows the Open rules.
import { useState } from 'react';
import type { RecentFile } from '../../shared/platform';
import { platform } from '../platform/platform';
import { openDocumentText } from '../safety/open-text';
import { useMessages } from '../i18n/useMessages';
import { whenDone } from '../actions/host-result';

export function RecentFiles() {
  const messages = useMessages();
  const [files, setFiles] = useState<RecentFile[]>([]);
  if (platform.kind !== 'electron') return null;
  const refresh = async () => {
    const result = await platform.recentFiles();
    if (result.ok) setFiles(result.value);
  };
  const open = async (path: string) => {
    const result = await platform.openRecent({ path });
    if (result.ok) await openDocumentText(result.value);
    else whenDone(result, () => undefined);
  };
  return (
    <select className="recent-files" data-control="recent-files" value="" aria-label={messages.recentFiles} onFocus={() => void refresh()} onChange={(e) => void open(e.target.value)}>
      <option value="">{messages.recentFiles}</option>
      {files.map((file) => <option key={file.path} value={file.path} title={file.path}>{file.fileName}</option>)}
    </select>
  );
}
