import { readFile, realpath, stat as statFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImageText } from '../types.js';

/** Images larger than this are not read (a listing image is a few MB; marketplaces cap them at 10 MB). */
export const MAX_IMAGE_BYTES = 50 * 1024 * 1024;

/**
 * Reads an image only when it resolves, after symbolic links, to a regular file inside the
 * project root and within the size limit: a link out of the repository, a device, a pipe or a
 * huge file is a finding, never read (a FIFO would hang the run, /dev/zero fill the memory).
 */
export async function readImageFile(projectPath: string, absolutePath: string, checks?: { realRoot?: string }): Promise<Buffer | ImageText> {
  try {
    if (checks === undefined) return await readFile(absolutePath);
    const real = await realpath(absolutePath);
    const inside = checks.realRoot === undefined ? '' : path.relative(checks.realRoot, real);
    if (inside.startsWith('..') || path.isAbsolute(inside)) {
      return { ok: false, problem: 'outside', detail: `${projectPath} leads outside the repository through a symbolic link` };
    }
    const stat = await statFile(real);
    if (!stat.isFile()) return { ok: false, problem: 'not-file', detail: stat.isDirectory() ? 'a folder' : 'a device, pipe or socket' };
    if (stat.size > MAX_IMAGE_BYTES) {
      return { ok: false, problem: 'too-large', detail: `it is ${Math.round(stat.size / 1048576)} MB, over the ${MAX_IMAGE_BYTES / 1048576} MB limit` };
    }
    return await readFile(real);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, problem: 'missing', detail: `${projectPath} does not exist` };
    if (code === 'ELOOP') return { ok: false, problem: 'unreadable', detail: `${projectPath} is a symbolic link that leads back to itself` };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, problem: 'unreadable', detail: `${projectPath}: permission denied` };
    return { ok: false, problem: 'unreadable', detail: `${projectPath} cannot be read (${code ?? String(error)})` };
  }
}

