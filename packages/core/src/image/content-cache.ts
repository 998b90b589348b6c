import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Results computed from an image's bytes, on disk, one JSON file per image under `folder`, keyed
 * by the sha256 of the settings and the bytes. Writes are atomic; unreadable or malformed
 * entries (as `isValue` judges them) count as misses. The OCR cache and the image-facts cache
 * are two folders of this kind.
 */
export class ContentCache<T extends object> {
  private readonly folder: string | undefined;

  /** `directory` undefined disables the cache; `settings` is everything that changes the result. */
  constructor(
    directory: string | undefined,
    folder: string,
    private readonly settings: string,
    private readonly format: number,
    private readonly isValue: (entry: Record<string, unknown>) => boolean,
  ) {
    this.folder = directory === undefined ? undefined : path.join(directory, folder);
  }

  /** The cache key of an image's bytes under these settings. */
  key(bytes: Buffer): string {
    return createHash('sha256').update(this.settings).update('\0').update(bytes).digest('hex');
  }

  /** The cached value, or undefined on a miss or a corrupt entry. */
  async read(key: string): Promise<T | undefined> {
    if (!this.folder) return undefined;
    try {
      const entry: unknown = JSON.parse(await readFile(this.file(key), 'utf8'));
      if (typeof entry !== 'object' || entry === null) return undefined;
      const { format, key: stored, ...value } = entry as Record<string, unknown>;
      return format === this.format && stored === key && this.isValue(value) ? (value as T) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Stores a value atomically (temp file + rename); a cache that cannot be written is skipped. */
  async write(key: string, value: T): Promise<void> {
    if (!this.folder) return;
    const file = this.file(key);
    const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(temporary, JSON.stringify({ format: this.format, key, ...value }));
      await rename(temporary, file);
    } catch {
      await rm(temporary, { force: true }).catch(() => undefined);
    }
  }

  private file(key: string): string {
    return path.join(this.folder as string, key.slice(0, 2), `${key}.json`);
  }
}
