import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { embedReportImages } from '../../src/index.js';
import type { Finding, Report } from '../../src/types.js';

const imageFinding = (imagePath: string): Finding => ({
  ruleId: 'trademark/image', severity: 'error', message: 'm', url: 'u', file: 'a.md', line: 3, column: 5, endLine: 3, endColumn: 10,
  image: { path: imagePath, bbox: { x: 1, y: 2, width: 3, height: 4 }, confidence: 0.9 },
});

const report = (findings: Finding[]): Report => ({
  version: 2, tool: { name: 'listinglint', version: '0' }, cwd: '/',
  results: [{ filePath: 'a.md', errorCount: findings.length, warningCount: 0, infoCount: 0, findings }],
  summary: { files: 1, listings: 1, images: findings.length, errors: findings.length, warnings: 0, infos: 0 }, rules: [],
});

test('every image a finding points at, shrunk to 480 px as a JPEG data URI, with the source size; missing and outside images left out', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'listinglint-embed-'));
  const outside = mkdtempSync(path.join(tmpdir(), 'listinglint-outside-'));
  mkdirSync(path.join(root, 'img'));
  const png = await sharp({ create: { width: 1000, height: 600, channels: 3, background: '#3366cc' } }).png().toBuffer();
  writeFileSync(path.join(root, 'img/big.png'), png);
  writeFileSync(path.join(root, 'img/small.png'), await sharp({ create: { width: 120, height: 80, channels: 4, background: '#00000000' } }).png().toBuffer());
  writeFileSync(path.join(outside, 'secret.png'), png);
  symlinkSync(path.join(outside, 'secret.png'), path.join(root, 'img/link.png'));
  writeFileSync(path.join(root, 'img/broken.png'), 'not an image');
  const paths = ['img/big.png', 'img/small.png', 'img/link.png', 'img/missing.png', 'img/broken.png', 'img/big.png'];
  const embedded = await embedReportImages(report(paths.map(imageFinding)), { cwd: root, root });
  assert.equal([...embedded.keys()], ['img/big.png', 'img/small.png']);
  const big = embedded.get('img/big.png')!;
  assert.equal([big.width, big.height], [1000, 600]);
  assert.ok(big.dataUri.startsWith('data:image/jpeg;base64,'));
  const shrunk = await sharp(Buffer.from(big.dataUri.slice('data:image/jpeg;base64,'.length), 'base64')).metadata();
  assert.equal([shrunk.format, shrunk.width, shrunk.height], ['jpeg', 480, 288]);
  // Never enlarged; transparency flattened on white.
  const small = embedded.get('img/small.png')!;
  const kept = await sharp(Buffer.from(small.dataUri.split(',')[1], 'base64')).raw().toBuffer({ resolveWithObject: true });
  assert.equal([kept.info.width, kept.info.height, kept.info.channels, kept.data[0]], [120, 80, 3, 255]);
});

test('a report without image findings reads nothing', async () => {
  assert.is((await embedReportImages(report([]), { cwd: '/nonexistent', root: '/nonexistent' })).size, 0);
});

test.run();
