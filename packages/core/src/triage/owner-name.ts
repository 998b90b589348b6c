/** Legal-form words dropped before owner names are compared (design.md "Complaint triage"). */
const legalForms = new Set([
  'inc', 'incorporated', 'llc', 'llp', 'lp', 'ltd', 'limited', 'gmbh', 'ag', 'as', 'sa', 'co', 'corp', 'corporation', 'company',
  'plc', 'bv', 'nv', 'srl', 'sarl', 'sas', 'spa', 'kg', 'kk', 'pty', 'oy', 'ab', 'se', 'the',
]);

/** An owner name folded for comparison: case, punctuation and legal-form suffixes ignored (`A/S` → `as`). */
export function ownerKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/([a-z])[./]([a-z])\.?(?=\s|,|$)/g, '$1$2')
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  while (words.length > 1 && legalForms.has(words[words.length - 1])) words.pop();
  return words.join(' ');
}

/** Whether two owner names name the same owner. */
export function sameOwner(a: string, b: string): boolean {
  return ownerKey(a) === ownerKey(b);
}
