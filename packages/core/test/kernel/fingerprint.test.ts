import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { fingerprintFindings, normaliseMatchedText } from '../../src/kernel/fingerprint.js';
import type { Finding } from '../../src/types.js';

function textFinding(line: number, column: number, matchedText = 'N1ke', field = 'title'): Finding {
  return {
    ruleId: 'trademark/text',
    severity: 'error',
    message: 'Unexpected mark `NIKE` in `title`.',
    url: 'https://github.com/listinglint/listinglint/blob/main/docs/rules/trademark/text.md',
    file: 'listings/shoe/listing.md',
    line,
    column,
    endLine: line,
    endColumn: column + matchedText.length,
    field,
    markId: 'nike',
    matchedText,
  };
}

function fingerprintsOf(findings: Finding[]): string[] {
  fingerprintFindings(findings);
  return findings.map((finding) => finding.fingerprint ?? '');
}

const fingerprint = suite('fingerprintFindings');

fingerprint('is 32 lower-case hex characters', () => {
  const [value] = fingerprintsOf([textFinding(5, 10)]);
  assert.match(value, /^[0-9a-f]{32}$/);
});

fingerprint('does not change when lines are inserted above the finding', () => {
  const before = fingerprintsOf([textFinding(5, 10), textFinding(7, 3)]);
  const after = fingerprintsOf([textFinding(9, 10), textFinding(11, 3)]);
  assert.equal(after, before);
});

fingerprint('does not change when the column moves within the line', () => {
  assert.equal(fingerprintsOf([textFinding(5, 22)]), fingerprintsOf([textFinding(5, 10)]));
});

fingerprint('ignores case, width and punctuation of the matched text', () => {
  assert.equal(fingerprintsOf([textFinding(5, 10, 'Ｎ1-KE')]), fingerprintsOf([textFinding(5, 10, 'n1ke')]));
});

fingerprint('tells repeated occurrences apart by their order in the file', () => {
  const [first, second] = fingerprintsOf([textFinding(5, 10), textFinding(6, 1)]);
  assert.is.not(first, second);
});

fingerprint('counts occurrences in source order whatever order the findings come in', () => {
  const sorted = [textFinding(5, 10), textFinding(6, 1)];
  const reversed = [sorted[1], sorted[0]].map((finding) => ({ ...finding }));
  fingerprintFindings(sorted);
  fingerprintFindings(reversed);
  assert.is(reversed[1].fingerprint, sorted[0].fingerprint);
  assert.is(reversed[0].fingerprint, sorted[1].fingerprint);
});

fingerprint('keeps the second occurrence when an unrelated finding is added before it', () => {
  const [, second] = fingerprintsOf([textFinding(5, 10), textFinding(6, 1)]);
  const withOther = fingerprintsOf([textFinding(2, 1, 'Adidas'), textFinding(6, 10), textFinding(7, 1)]);
  assert.is(withOther[2], second);
});

fingerprint('differs by field, mark, rule, file and image path', () => {
  const base = textFinding(5, 10);
  const variants: Finding[] = [
    base,
    { ...base, field: 'bullets[0]' },
    { ...base, markId: 'nike-air' },
    { ...base, ruleId: 'image/main-text' },
    { ...base, file: 'listings/other.md' },
    { ...base, image: { path: 'listings/shoe/main.jpg', bbox: { x: 1, y: 2, width: 3, height: 4 }, confidence: 0.9 } },
  ];
  const values = variants.map((finding) => fingerprintsOf([{ ...finding }])[0]);
  assert.is(new Set(values).size, 6);
});

fingerprint('ignores the message, severity and image box', () => {
  const base = textFinding(5, 10);
  const image = { path: 'a.jpg', bbox: { x: 1, y: 2, width: 3, height: 4 }, confidence: 0.9 };
  const changed: Finding = {
    ...base,
    message: 'Reworded.',
    severity: 'warning',
    image: { ...image, bbox: { x: 9, y: 9, width: 9, height: 9 }, confidence: 0.5 },
  };
  assert.equal(fingerprintsOf([changed]), fingerprintsOf([{ ...base, image }]));
});

fingerprint.run();

const normalise = suite('normaliseMatchedText');

normalise('folds to NFKC lower case letters and digits', () => {
  assert.is(normaliseMatchedText('Ｓ o-n_y!'), 'sony');
  assert.is(normaliseMatchedText('N1KE'), 'n1ke');
  assert.is(normaliseMatchedText('ソニー'), 'ソニー');
});

normalise.run();
