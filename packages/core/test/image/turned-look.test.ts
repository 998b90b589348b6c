import sharp from 'sharp';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { PaddleEngine } from '../../src/image/paddle-engine.js';
import { boxFromTurned, boxToTurned, turnPixels } from '../../src/image/turned-look.js';

const test = suite('turned looks (Paddle)');

/** The centre of the dark pixels of an RGB image. */
function darkCentre(image: { width: number; height: number; data: Uint8Array }): [number, number] {
  let sx = 0;
  let sy = 0;
  let n = 0;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      if (image.data[(y * image.width + x) * 3] < 128) {
        sx += x;
        sy += y;
        n++;
      }
    }
  }
  return [sx / n, sy / n];
}

test('a box maps into the turned image where sharp puts its pixels, and back', async () => {
  const width = 300;
  const height = 160;
  const data = new Uint8Array(width * height * 3).fill(255);
  const square = { x: 220, y: 20, width: 10, height: 10 };
  for (let y = square.y; y < square.y + square.height; y++) data.fill(0, (y * width + square.x) * 3, (y * width + square.x + square.width) * 3);
  for (const degrees of [30, -30]) {
    const turned = await turnPixels({ width, height, data }, degrees);
    // The canvas grows to hold the turned image: w·cos + h·sin by w·sin + h·cos.
    assert.equal([turned.width, turned.height], [340, 289]);
    const box = boxToTurned(square, degrees, { width, height }, turned);
    const [cx, cy] = darkCentre(turned);
    assert.ok(Math.abs(box.x + box.width / 2 - cx) < 1 && Math.abs(box.y + box.height / 2 - cy) < 1, `${degrees}°: ${JSON.stringify(box)} vs ${cx},${cy}`);
    // Turned there and back, a box grows to hold its turned corners but keeps its centre.
    const back = boxFromTurned(box, degrees, turned, { width, height });
    assert.ok(Math.abs(back.x + back.width / 2 - 225) < 0.5 && Math.abs(back.y + back.height / 2 - 25) < 0.5, JSON.stringify(back));
    assert.ok(back.x <= square.x && back.y <= square.y && back.x + back.width >= 230 && back.y + back.height >= 30);
  }
});

test('with turned looks, a word printed at 35° is read and placed on the upright image; upright lines are not read twice', async () => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><rect width="100%" height="100%" fill="#fff"/>
    <text x="60" y="90" font-family="DejaVu Sans" font-weight="bold" font-size="48" fill="#111">QUALITY GOODS</text>
    <text x="0" y="0" transform="translate(260 470) rotate(-35)" font-family="DejaVu Sans" font-weight="bold" font-size="64" fill="#111">NIKON</text>
  </svg>`;
  const bytes = await sharp(Buffer.from(svg)).png().toBuffer();
  const engine = await PaddleEngine.start({ turned: [35, -35] });
  try {
    const { lines } = await engine.read(bytes);
    const texts = lines.filter((line) => line.confidence >= 0.7).map((line) => line.text.replace(/\s+/g, ' '));
    assert.is(texts.filter((text) => text === 'QUALITY GOODS').length, 1, texts.join(' | '));
    const nikon = lines.find((line) => line.text === 'NIKON');
    assert.ok(nikon, texts.join(' | '));
    // The word runs up and to the right from (260, 470): its box lies in that part of the page.
    const { x, y, width, height } = nikon.bbox;
    assert.ok(x >= 200 && x <= 280 && y >= 200 && y + height <= 500 && x + width >= 400 && x + width <= 560, JSON.stringify(nikon.bbox));
  } finally {
    await engine.terminate();
  }
});

test.run();
