import { readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { ImageFacts } from '../types.js';
import { ANALYSIS_SETTINGS, analyzeImage, imageFactsCache, type AnalyzedImage } from './analyze-image.js';
import type { ContentCache } from './content-cache.js';
import { inParallel, type ImageRequest } from './index.js';
import { UnreadableImageError } from './prepare-image.js';
import { checkImageFile, readImageFile } from './read-image-file.js';
import { ReferenceManifest } from './reference-manifest.js';
import { ReferenceIndex } from './reference-index.js';

/** Config `copyright`: absolute folders. */
export interface CopyrightFolders {
  /** Folders of third-party or known-infringing pictures. */
  references: string[];
  /** Folders of the seller's own pictures: an image in one is never a reference copy. */
  owned: string[];
}

/** How image facts are gathered. */
export interface ImageFactsOptions {
  /** The working directory: reference files are named relative to it in messages. */
  cwd: string;
  /** The project root: an image or reference that resolves outside it is not read. */
  root: string;
  copyright?: CopyrightFolders;
  /** Cache directory (entries in `image-facts/`); undefined disables the cache. */
  cacheDir?: string;
  /** Called once per reference image that cannot be read (it is left out of the index). */
  onNotice?(message: string): void;
}

/** File name endings read as reference pictures. */
const PICTURE = /\.(?:jpe?g|png|webp|gif|tiff?|avif|heic)$/i;

/**
 * Measures every requested image (cached by content) and, when reference folders are configured,
 * finds each one's closest reference within the match distance; images in an owned folder are
 * marked and get no reference. Never throws for a bad image: it becomes a problem result.
 */
export async function readImageFacts(requests: ImageRequest[], options: ImageFactsOptions): Promise<Map<string, ImageFacts>> {
  if (requests.length === 0) return new Map();
  const cache = imageFactsCache(options.cacheDir);
  const realRoot = await realpath(options.root);
  const references = options.copyright && options.copyright.references.length > 0 ? await loadReferences(options.copyright.references, cache, realRoot, options) : undefined;
  const owned = await Promise.all((options.copyright?.owned ?? []).map((folder) => realpath(folder).catch(() => folder)));
  const found = new Map<string, ImageFacts>();
  const unique = [...new Map(requests.map((request) => [request.path, request])).values()];
  await inParallel(unique, 4, async (request) => {
    if (request.absolutePath === undefined) {
      found.set(request.path, { ok: false, problem: 'outside', detail: `${request.path} is outside the repository` });
      return;
    }
    const result = await measure(request.path, request.absolutePath, cache, realRoot);
    if (!result.ok) {
      found.set(request.path, result);
      return;
    }
    // Crop hashes stay in the cache: the rules need only the image's own.
    const { crops: _crops, ...measured } = result;
    const real = await realpath(request.absolutePath);
    if (owned.some((folder) => isInside(folder, real))) {
      found.set(request.path, { ...measured, owned: true });
      return;
    }
    const reference = references?.nearest(measured.hash, measured.mirrored);
    found.set(request.path, reference ? { ...measured, reference } : measured);
  });
  return new Map(unique.map((request) => [request.path, found.get(request.path) as ImageFacts]));
}

/**
 * Hashes every picture under the reference folders (recursively, in path order) into an index:
 * from the manifest when its size and time are unchanged, else from the content cache when the
 * bytes were hashed before, else by measuring it. A picture that cannot be read is left out,
 * with one notice.
 */
export async function loadReferences(
  folders: string[],
  cache: ContentCache<AnalyzedImage>,
  realRoot: string,
  options: Pick<ImageFactsOptions, 'cwd' | 'onNotice' | 'cacheDir'>,
): Promise<ReferenceIndex> {
  const files = [...new Set((await Promise.all(folders.map(picturesUnder))).flat())].sort();
  const manifest = await ReferenceManifest.open(options.cacheDir, ANALYSIS_SETTINGS);
  const hashes: Array<string[] | undefined> = new Array(files.length);
  const skipped: Array<string | undefined> = new Array(files.length);
  const order = new Map(files.map((file, i) => [file, i]));
  const hashesOf = async (shown: string, file: string): Promise<string[] | Extract<ImageFacts, { ok: false }>> => {
    const checked = await checkImageFile(shown, file, realRoot);
    if ('ok' in checked) return checked;
    const known = manifest.get(checked.real, checked.size, checked.mtimeMs);
    if (known) return known;
    const measured = await measure(shown, checked.real, cache, realRoot, true);
    if (!measured.ok) return measured;
    const found = [measured.hash, ...(measured.crops ?? [])];
    manifest.set(checked.real, checked.size, checked.mtimeMs, found);
    return found;
  };
  await inParallel(files, 4, async (file) => {
    const shown = toShown(options.cwd, file);
    const found = await hashesOf(shown, file);
    if (Array.isArray(found)) hashes[order.get(file) as number] = found;
    else skipped[order.get(file) as number] = `listinglint: reference image ${shown} was skipped: ${found.detail}`;
  });
  // In path order, whatever order the reads finished in.
  for (const notice of skipped) if (notice !== undefined) (options.onNotice ?? writeNotice)(notice);
  await manifest.save();
  const index = new ReferenceIndex();
  files.forEach((file, i) => {
    const entry = hashes[i];
    if (entry) index.add(toShown(options.cwd, file), entry);
  });
  return index;
}

async function measure(shown: string, absolutePath: string, cache: ContentCache<AnalyzedImage>, realRoot: string, crops = false): Promise<({ ok: true } & AnalyzedImage) | Extract<ImageFacts, { ok: false }>> {
  const bytes = await readImageFile(shown, absolutePath, { realRoot });
  if (!Buffer.isBuffer(bytes)) return bytes as Extract<ImageFacts, { ok: false }>;
  const key = cache.key(bytes);
  const cached = await cache.read(key);
  // A listing image's entry lacks the crops a reference needs: measured again, with them.
  if (cached && (!crops || cached.crops)) return { ok: true, ...cached };
  try {
    const analyzed = await analyzeImage(bytes, { crops });
    await cache.write(key, analyzed);
    return { ok: true, ...analyzed };
  } catch (error) {
    if (error instanceof UnreadableImageError) return { ok: false, problem: 'unreadable', detail: `${shown}: ${error.message}` };
    throw error;
  }
}

async function picturesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  // Links are listed too: reading them checks that they stay inside the project.
  return entries.filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && PICTURE.test(entry.name)).map((entry) => path.join(entry.parentPath ?? (entry as { path?: string }).path ?? folder, entry.name));
}

function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function toShown(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join('/');
}

function writeNotice(message: string): void {
  process.stderr.write(`${message}\n`);
}
