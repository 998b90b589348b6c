/** Base URI id every artifact location is relative to: the directory listinglint ran in. */
export const SOURCE_ROOT = '%SRCROOT%';

/** A repository-relative path (forward slashes) as a relative URI reference, each segment percent-encoded. */
export function relativeUri(path: string): string {
  return path
    .replace(/^\.\//, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/** An absolute directory (`/home/x` or `C:/x`, forward slashes) as a `file:` URI ending in `/`. */
export function directoryUri(directory: string): string {
  const drive = /^[A-Za-z]:/.exec(directory)?.[0];
  const rest = drive ? directory.slice(drive.length) : directory;
  const encoded = rest
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  const path = `${drive ? `/${drive}` : ''}${encoded.startsWith('/') ? '' : '/'}${encoded}`;
  return `file://${path.endsWith('/') ? path : `${path}/`}`;
}
