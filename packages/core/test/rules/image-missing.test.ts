import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { imageMissingRule } from '../../src/rules/image/missing.js';
import type { ImageRef, ImageText } from '../../src/types.js';
import { listing, messageOf, runRule, settings } from '../legal/fixture-listing.js';

const test = suite('image/missing');
const ref = (written: string, path: string | undefined, line: number): ImageRef => ({
  field: `images[${line - 10}]`,
  written,
  path,
  absolutePath: undefined,
  location: { line, column: 5, endLine: line, endColumn: 5 + written.length },
});

test('one finding per missing, unreadable, timed-out or outside image, on its line', () => {
  const images = new Map<string, ImageText>([
    ['l/ok.jpg', { ok: true, width: 10, height: 10, words: [] }],
    ['l/gone.jpg', { ok: false, problem: 'missing', detail: 'l/gone.jpg does not exist' }],
    ['l/bad.jpg', { ok: false, problem: 'unreadable', detail: 'l/bad.jpg: VipsJpeg: premature end of JPEG image' }],
    ['l/big.jpg', { ok: false, problem: 'timeout', detail: 'OCR of l/big.jpg took longer than 30000 ms' }],
  ]);
  const refs = [ref('ok.jpg', 'l/ok.jpg', 10), ref('gone.jpg', 'l/gone.jpg', 11), ref('bad.jpg', 'l/bad.jpg', 12), ref('big.jpg', 'l/big.jpg', 13), ref('/etc/x.jpg', undefined, 14)];
  const facts = runRule(imageMissingRule, { ...listing({}), images: refs }, settings({ images }));
  assert.equal(facts.map((fact) => [fact.messageId, fact.field, fact.location.line]), [
    ['missing', 'images[1]', 11],
    ['unreadable', 'images[2]', 12],
    ['timeout', 'images[3]', 13],
    ['outside', 'images[4]', 14],
  ]);
  assert.equal(facts.map((fact) => messageOf(imageMissingRule, fact)), [
    'Image `gone.jpg` (`images[1]`) does not exist: add the file or fix the path',
    'Image `bad.jpg` (`images[2]`) cannot be read (l/bad.jpg: VipsJpeg: premature end of JPEG image): re-export it as JPEG, PNG or WebP',
    'Image `big.jpg` (`images[3]`) was not checked: OCR of l/big.jpg took longer than 30000 ms; OCR gave up on it; make it smaller or raise the timeout',
    'Image `/etc/x.jpg` (`images[4]`) is outside the repository and was not checked: move it into the repository so it can be checked',
  ]);
});

test('with OCR off nothing is known, so nothing is reported', () => {
  assert.equal(runRule(imageMissingRule, { ...listing({}), images: [ref('gone.jpg', 'l/gone.jpg', 11)] }, settings()), []);
});

test.run();
