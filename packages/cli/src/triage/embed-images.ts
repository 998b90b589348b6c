import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { TriageReport } from '@listinglint/core';

/** An image embedded in the HTML evidence report: a data URI and its pixel size, for drawing boxes. */
export interface EmbeddedImage {
  src: string;
  width: number;
  height: number;
}

/** Images above this size are named, not embedded, so a report stays a reasonable file. */
const MAX_EMBED_BYTES = 4 * 1024 * 1024;

/** Pixel size from a PNG or JPEG header; undefined for other formats. */
export function imageSize(bytes: Uint8Array): { width: number; height: number; type: string } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length > 24 && view.getUint32(0) === 0x89504e47 && view.getUint32(12) === 0x49484452) {
    return { width: view.getUint32(16), height: view.getUint32(20), type: 'image/png' };
  }
  if (bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let at = 2;
    while (at + 9 < bytes.length) {
      if (bytes[at] !== 0xff) return undefined;
      const marker = bytes[at + 1];
      const length = view.getUint16(at + 2);
      // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) hold the frame size.
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { width: view.getUint16(at + 7), height: view.getUint16(at + 5), type: 'image/jpeg' };
      }
      at += 2 + length;
    }
  }
  return undefined;
}

/**
 * The images of a report's image uses, read from disk (paths are relative to `cwd`) and embedded
 * as data URIs; an image that is missing, too large or not PNG/JPEG is left out (the report
 * then names its box in words).
 */
export function embedImages(report: TriageReport, cwd: string): Map<string, EmbeddedImage> {
  const images = new Map<string, EmbeddedImage>();
  const paths = new Set(report.claims.flatMap((claim) => (claim.uses ?? []).flatMap((use) => (use.image ? [use.image.path] : []))));
  for (const shown of paths) {
    const file = path.resolve(cwd, shown);
    try {
      if (!statSync(file).isFile() || statSync(file).size > MAX_EMBED_BYTES) continue;
      const bytes = readFileSync(file);
      const size = imageSize(bytes);
      if (size) images.set(shown, { src: `data:${size.type};base64,${bytes.toString('base64')}`, width: size.width, height: size.height });
    } catch {
      // Not readable now: the box is named in words.
    }
  }
  return images;
}
