// The second detection look at a larger size: when it runs and how its lines merge with the first look's.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { RecognizedLine } from '../../src/image/ocr-engine.js';
import { confidentLines, mergeLines, SECOND_LOOK } from '../../src/image/paddle-reader.js';

const test = suite('Paddle reader: two detection sizes');
const line = (text: string, confidence: number, x: number, y: number, width = 100, height = 30): RecognizedLine => ({ text, confidence, bbox: { x, y, width, height } });

test('little text: lines of three or more letters at the confidence count, others do not', () => {
  const lines = [line('DESGVEDBY', 0.83, 0, 0), line('P3D', 0.97, 0, 50), line('pepsi', 0.99, 0, 100), line('da', 0.99, 0, 150)];
  assert.is(confidentLines(lines, SECOND_LOOK.confidence), 1);
  assert.ok(confidentLines(lines, SECOND_LOOK.confidence) < SECOND_LOOK.minLines);
});

test('merge: the same place keeps the more confident read; new places are added; a small line inside a large box stays', () => {
  const first = [line('Coca-olh', 0.73, 10, 10, 200, 60), line('zero', 0.99, 10, 100)];
  const second = [line('Coca-Cola', 0.91, 12, 8, 196, 62), line('zero', 0.9, 11, 101), line('300cc', 0.89, 40, 30, 40, 20), line('Diet', 0.98, 300, 300)];
  assert.equal(
    mergeLines(first, second).map((read) => read.text),
    ['Coca-Cola', 'zero', '300cc', 'Diet'],
  );
});

test.run();
