import { realpath } from 'node:fs/promises';
import path from 'node:path';
import type { EmbeddedImage, Report } from '../types.js';

/** Where a report's images are read for embedding. */
export interface EmbedOptions {
  /** The working directory the report's paths are relative to. */
  cwd: string;
  /** The project root: an image that resolves outside it (through a link) is not read. */
  root: string;
  /** Long side of the embedded copy (default `THUMBNAIL_SIDE`). */
  maxSide?: number;
}

/**
 * Downscaled copies of every image a report's findings point at, by report path, for reporters
 * that show images (the HTML report). An image that is missing, outside the project or does not
 * decode is left out; the reporter says it is not embedded.
 */
export async function embedReportImages(report: Report, options: EmbedOptions): Promise<Map<string, EmbeddedImage>> {
  const paths = [...new Set(report.results.flatMap((result) => result.findings.flatMap((finding) => (finding.image ? [finding.image.path] : []))))];
  const embedded = new Map<string, EmbeddedImage>();
  if (paths.length === 0) return embedded;
  const { readImageFile, thumbnail } = await import('../image/index.js');
  const realRoot = await realpath(options.root);
  for (const shown of paths.sort()) {
    const bytes = await readImageFile(shown, path.resolve(options.cwd, shown), { realRoot });
    if (!Buffer.isBuffer(bytes)) continue;
    const image = await thumbnail(bytes, options.maxSide);
    if (image) embedded.set(shown, image);
  }
  return embedded;
}
