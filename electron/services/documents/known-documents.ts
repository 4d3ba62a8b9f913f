// Main, not the page, decides where a document may be written (security checklist: do not trust
// paths from the renderer). A path becomes writable only when main itself obtained it: from a
// dialog it showed, a file the user opened by double-click, drop or the recent list. It also
// remembers what each file held when we last read or wrote it, to notice another program (or a
// colleague on a shared drive) changing it meanwhile.
import path from 'node:path';

export class KnownDocuments {
  private readonly fingerprints = new Map<string, string | null>();

  private key(filePath: string): string {
    const resolved = path.resolve(filePath);
    return process.platform === 'win32' || process.platform === 'darwin' ? resolved.toLowerCase() : resolved;
  }

  /** main obtained this path itself; `fingerprint` is what the file held then (null: not yet written). */
  grant(filePath: string, fingerprint: string | null): void {
    this.fingerprints.set(this.key(filePath), fingerprint);
  }

  isGranted(filePath: string): boolean {
    return this.fingerprints.has(this.key(filePath));
  }

  /** True when the file on disk is not what we last read or wrote (gone counts as changed). */
  changedOnDisk(filePath: string, onDiskNow: string | null): boolean {
    const known = this.fingerprints.get(this.key(filePath));
    if (known === undefined || known === null) return false;
    return known !== onDiskNow;
  }
}
