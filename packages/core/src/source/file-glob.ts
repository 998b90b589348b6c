/**
 * A config path or glob against a listing path (both relative, forward slashes): `*` stays
 * inside one path segment, `**` spans segments, and a plain directory covers what is below it.
 */
export function fileMatches(pattern: string, file: string): boolean {
  const clean = pattern.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/$/, '');
  const path = file.replace(/\\/g, '/').replace(/^\.\//, '');
  if (!/[*?]/.test(clean)) return path === clean || path.startsWith(`${clean}/`);
  let source = '';
  for (let i = 0; i < clean.length; i++) {
    const char = clean[i];
    if (char === '*' && clean[i + 1] === '*') {
      // `**/` also matches no directory at all.
      source += clean[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += clean[i + 2] === '/' ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`).test(path);
}
