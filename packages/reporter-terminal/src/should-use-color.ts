/**
 * Whether terminal output should be coloured: FORCE_COLOR wins (`0` or `false` turn colour
 * off, any other value on), then a non-empty NO_COLOR turns it off, else colour only on a
 * TTY that is not `TERM=dumb`.
 */
export function shouldUseColor(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true && env.TERM !== 'dumb';
}
