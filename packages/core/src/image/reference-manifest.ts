import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

interface Entry {
  size: number;
  mtimeMs: number;
  /** The picture's hash and its crops' hashes. */
  hashes: string[];
}

const FORMAT = 1;

/**
 * The reference pictures' hashes by real path, size and modification time, in one file beside
 * the content cache (`image-facts/references.json`): a warm run reads no reference picture whose
 * size and time are unchanged. A changed or new picture is read and looked up by content.
 * Entries of pictures no longer in the folders are dropped when it is saved.
 */
export class ReferenceManifest {
  private readonly kept = new Map<string, Entry>();
  private changed = false;

  private constructor(
    private readonly file: string | undefined,
    private readonly settings: string,
    private readonly entries: Map<string, Entry>,
  ) {}

  /** Loads the manifest under `directory` (undefined: none); a missing, corrupt or outdated one is empty. */
  static async open(directory: string | undefined, settings: string): Promise<ReferenceManifest> {
    const file = directory === undefined ? undefined : path.join(directory, 'image-facts', 'references.json');
    const entries = new Map<string, Entry>();
    if (file) {
      try {
        const stored = JSON.parse(await readFile(file, 'utf8')) as { format?: unknown; settings?: unknown; files?: Record<string, Entry> };
        if (stored.format === FORMAT && stored.settings === settings && typeof stored.files === 'object' && stored.files !== null) {
          for (const [name, entry] of Object.entries(stored.files)) if (isEntry(entry)) entries.set(name, entry);
        }
      } catch {
        // no manifest yet
      }
    }
    return new ReferenceManifest(file, settings, entries);
  }

  /** The hashes of a picture whose size and time are as recorded, else undefined. */
  get(real: string, size: number, mtimeMs: number): string[] | undefined {
    const entry = this.entries.get(real);
    if (entry === undefined || entry.size !== size || entry.mtimeMs !== mtimeMs) return undefined;
    this.kept.set(real, entry);
    return entry.hashes;
  }

  set(real: string, size: number, mtimeMs: number, hashes: string[]): void {
    this.kept.set(real, { size, mtimeMs, hashes });
    this.changed = true;
  }

  /** Writes the entries used in this run (atomically) when any changed or was dropped. */
  async save(): Promise<void> {
    if (!this.file || (!this.changed && this.kept.size === this.entries.size)) return;
    const temporary = `${this.file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await mkdir(path.dirname(this.file), { recursive: true });
      await writeFile(temporary, JSON.stringify({ format: FORMAT, settings: this.settings, files: Object.fromEntries([...this.kept].sort(([a], [b]) => (a < b ? -1 : 1))) }));
      await rename(temporary, this.file);
    } catch {
      await rm(temporary, { force: true }).catch(() => undefined);
    }
  }
}

function isEntry(entry: unknown): entry is Entry {
  if (typeof entry !== 'object' || entry === null) return false;
  const { size, mtimeMs, hashes } = entry as Record<string, unknown>;
  return typeof size === 'number' && typeof mtimeMs === 'number' && Array.isArray(hashes) && hashes.length > 0 && hashes.every((hash) => typeof hash === 'string' && /^[0-9a-f]{16}$/.test(hash));
}
