// What the browser-mode dev server may serve: the renderer, the shared code it imports and its
// packages; never the saved plans (zuoci-web-files/, or any .zuoci, .bak or temp file anywhere),
// the rest of the project, or the rest of the disk through /@fs/ (Vite's default allows the whole
// project folder, which is where browser "save" writes).
import path from 'node:path';

export function devServerFiles(projectRoot: string): { strict: true; allow: string[]; deny: string[] } {
  return {
    strict: true,
    allow: ['renderer', 'shared', 'node_modules'].map((folder) => path.join(projectRoot, folder)),
    deny: ['.env', '.env.*', '*.{crt,pem,key}', '**/*.zuoci', '**/*.zuoci.bak', '**/*.bak', '**/*.tmp', '**/zuoci-web-files/**', '**/.git/**'],
  };
}
