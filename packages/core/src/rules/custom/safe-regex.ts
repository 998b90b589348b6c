/**
 * Why a regular expression could backtrack catastrophically (exponential time on a long field), or
 * undefined when it is safe by this check. Refused: a repeated group (`*`, `+`, `{n,}`, `{n,m}` with
 * m > 1) that itself holds a repetition or an alternation (`(a+)+`, `(\w+\s?)*`, `(a|ab)*`), and
 * backreferences. Simple and conservative: it refuses some safe expressions, never the classic
 * exponential ones.
 */
export function unsafeRegexReason(pattern: string): string | undefined {
  interface Group {
    repeats: boolean;
    alternates: boolean;
  }
  const stack: Group[] = [{ repeats: false, alternates: false }];
  let index = 0;
  /** Reads a quantifier at `index`: whether it repeats (more than once), and advances past it. */
  const quantifier = (): 'none' | 'once' | 'repeat' => {
    const rest = pattern.slice(index);
    const braces = /^\{(\d+)(,(\d*))?\}/.exec(rest);
    let kind: 'none' | 'once' | 'repeat' = 'none';
    let length = 0;
    if (rest[0] === '*' || rest[0] === '+') [kind, length] = ['repeat', 1];
    else if (rest[0] === '?') [kind, length] = ['once', 1];
    else if (braces) {
      const max = braces[2] === undefined ? Number(braces[1]) : braces[3] === '' ? Infinity : Number(braces[3]);
      [kind, length] = [max > 1 ? 'repeat' : 'once', braces[0].length];
    }
    index += length;
    if (kind !== 'none' && pattern[index] === '?') index += 1;
    return kind;
  };
  while (index < pattern.length) {
    const char = pattern[index];
    if (char === '\\') {
      const next = pattern[index + 1];
      if (next !== undefined && /[1-9]/.test(next)) return 'it uses a backreference';
      if (next === 'k' && pattern[index + 2] === '<') return 'it uses a backreference';
      index += /[pPu]/.test(next ?? '') && pattern[index + 2] === '{' ? pattern.indexOf('}', index) + 1 : 2;
      if (quantifier() === 'repeat') stack[stack.length - 1].repeats = true;
      continue;
    }
    if (char === '[') {
      index += 1;
      while (index < pattern.length && pattern[index] !== ']') index += pattern[index] === '\\' ? 2 : 1;
      index += 1;
      if (quantifier() === 'repeat') stack[stack.length - 1].repeats = true;
      continue;
    }
    if (char === '(') {
      stack.push({ repeats: false, alternates: false });
      index += 1;
      // Skip the group's kind: (?: (?= (?! (?<= (?<! (?<name>
      const kind = /^\?(?::|=|!|<=|<!|<[A-Za-z_][\w]*>)/.exec(pattern.slice(index));
      if (kind) index += kind[0].length;
      continue;
    }
    if (char === ')') {
      index += 1;
      const inner = stack.length > 1 ? stack.pop()! : { repeats: false, alternates: false };
      const kind = quantifier();
      if (kind === 'repeat' && (inner.repeats || inner.alternates)) {
        return inner.repeats
          ? 'a repeated group holds another repetition (like `(a+)+`)'
          : 'a repeated group holds alternatives (like `(a|ab)*`)';
      }
      const outer = stack[stack.length - 1];
      if (kind === 'repeat' || inner.repeats) outer.repeats = true;
      if (inner.alternates && kind !== 'none') outer.alternates = true;
      continue;
    }
    if (char === '|') {
      stack[stack.length - 1].alternates = true;
      index += 1;
      continue;
    }
    index += 1;
    if (quantifier() === 'repeat') stack[stack.length - 1].repeats = true;
  }
  return undefined;
}
