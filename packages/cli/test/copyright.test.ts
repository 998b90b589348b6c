import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { productOnWhite, scene, sharp } from '../../core/test/image/picture-fixtures.js';
import { runCli, scratchProject, smallWatchlist } from './cli-io.js';

// image/copyright and image/main-image end to end: the real config, engine, image facts, OCR and reporters.
const test = suite('image/copyright and image/main-image through the CLI');

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  line: number;
  image?: { path: string; bbox: { x: number; y: number; width: number; height: number } };
}

async function project(): Promise<string> {
  const original = await scene(1);
  const copy = await sharp(original).flop().extract({ left: 30, top: 20, width: 740, height: 560 }).jpeg({ quality: 70 }).toBuffer();
  const credited = await sharp(await productOnWhite(1200)).jpeg().withExif({ IFD0: { Artist: 'Jo Seller', Copyright: '(c) 2021 Contoso Stock Agency' } }).toBuffer();
  const stock = await sharp(
    Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800"><rect width="100%" height="100%" fill="#d8dde3"/>' +
        '<text x="220" y="430" font-family="DejaVu Sans, sans-serif" font-size="120" font-weight="bold" fill="#5a5f66">shutterstock</text></svg>',
    ),
  )
    .png()
    .toBuffer();
  return scratchProject({
    'listinglint.config.yaml':
      'watchlists: [watchlist.yaml]\ncopyright:\n  references: [refs]\n  owned: [listings/own]\n  owners: [jo seller]\n',
    'watchlist.yaml': smallWatchlist,
    'refs/supplier/mug.png': original,
    'refs/lamp.png': await scene(2),
    'refs/broken.jpg': 'this is no picture',
    'listings/own/lamp.png': await scene(2),
    'listings/img/mug-copy.jpg': copy,
    'listings/img/credited.jpg': credited,
    'listings/img/stock.png': stock,
    'listings/mug.md': '---\nsku: MUG-1\nmarketplace: amazon.com\ncategory: home-and-kitchen\ntitle: Enamel camp mug\nimages:\n  - img/mug-copy.jpg\n  - img/credited.jpg\n  - own/lamp.png\n  - img/stock.png\n---\n',
    'listings/lamp.md': '---\nsku: LAMP-1\nmarketplace: ebay.com\ncategory: home-and-kitchen\ntitle: Desk lamp\nimages:\n  - own/lamp.png\n---\n',
  });
}

test('a mirrored, cropped copy of a reference, third-party metadata, a stock watermark and a small main image off white; owned pictures pass', async () => {
  const dir = await project();
  for (const run of ['cold cache', 'warm cache']) {
    const { code, stdout, stderr } = await runCli(['--format', 'json'], dir);
    assert.is(code, 1, run);
    assert.is(stderr.split('\n').filter((line) => line.includes('refs/broken.jpg')).length, 1, stderr);
    assert.match(stderr, /listinglint: reference image refs\/broken\.jpg was skipped: refs\/broken\.jpg: cannot decode the image \(/);
    const report = JSON.parse(stdout) as { results: Array<{ filePath: string; findings: JsonFinding[] }> };
    const found = report.results.flatMap((result) =>
      result.findings.filter((finding) => finding.ruleId === 'image/copyright' || finding.ruleId === 'image/main-image').map((finding) => [result.filePath, finding.line, finding.ruleId, finding.severity, finding.message]),
    );
    assert.equal(found, [
      ['listings/mug.md', 7, 'image/copyright', 'error', 'Image `listings/img/mug-copy.jpg` (`images[0]`) matches the reference picture `refs/supplier/mug.png` (2 of 64 hash bits differ, mirrored): use your own photo, or keep yours in a `copyright.owned` folder'],
      ['listings/mug.md', 7, 'image/main-image', 'warning', 'Main image `listings/img/mug-copy.jpg` is 740×560 px; amazon.com wants the longest side at least 1000 px for zoom: upload a larger original'],
      ['listings/mug.md', 7, 'image/main-image', 'warning', 'Main image `listings/img/mug-copy.jpg` is not on a pure white background (only 0% of its border pixels are white, 95% needed on amazon.com): place the product on white (255, 255, 255)'],
      ['listings/mug.md', 8, 'image/copyright', 'error', 'Image `listings/img/credited.jpg` (`images[1]`) carries rights metadata naming someone else (EXIF Copyright: "(c) 2021 Contoso Stock Agency"): use your own photo, or add the name to `copyright.owners` if it is yours'],
      ['listings/mug.md', 10, 'image/copyright', 'error', 'Image `listings/img/stock.png` (`images[3]`) shows a stock-photo watermark (Shutterstock: "shutterstock"): a stock preview is not licensed for listings; use a licensed copy or your own photo'],
    ]);
    const watermark = report.results.find((result) => result.filePath === 'listings/mug.md')?.findings.find((finding) => finding.message.includes('watermark'));
    const box = watermark?.image?.bbox;
    // The box lies around the drawn word (x 220.., baseline 430, 120 px type).
    assert.ok(box && box.x >= 150 && box.x <= 260 && box.y >= 280 && box.y <= 360 && box.x + box.width >= 900, JSON.stringify(box));
  }
});

test('--no-ocr skips images: no image facts, no copyright or main-image findings', async () => {
  const dir = await project();
  const { stdout, stderr } = await runCli(['--format', 'json', '--no-ocr', '--no-cache'], dir);
  assert.is(stderr, '');
  const report = JSON.parse(stdout) as { results: Array<{ findings: JsonFinding[] }> };
  assert.equal(report.results.flatMap((result) => result.findings.filter((finding) => finding.ruleId.startsWith('image/'))), []);
});

test.run();
