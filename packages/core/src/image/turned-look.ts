import sharp from 'sharp';
import type { BoundingBox } from '../types.js';
import type { RgbImage } from './paddle-reader.js';

/** Width and height of an image in pixels. */
export interface Size {
  width: number;
  height: number;
}

/** RGB pixels turned clockwise by `degrees` about their centre, on a white canvas grown to hold them (sharp's `rotate`). */
export async function turnPixels(image: RgbImage, degrees: number): Promise<RgbImage> {
  const { data, info } = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } })
    .rotate(degrees, { background: { r: 255, g: 255, b: 255 } })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}

/** Where a box of the upright image lies in the image turned by `degrees` (the box around its four turned corners). */
export function boxToTurned(box: BoundingBox, degrees: number, upright: Size, turned: Size): BoundingBox {
  return turnBox(box, degrees, upright, turned);
}

/** Where a box of the turned image lies in the upright one (the box around its four corners turned back). */
export function boxFromTurned(box: BoundingBox, degrees: number, turned: Size, upright: Size): BoundingBox {
  return turnBox(box, -degrees, turned, upright);
}

function turnBox(box: BoundingBox, degrees: number, from: Size, to: Size): BoundingBox {
  const angle = (degrees * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const corners = [
    [box.x, box.y],
    [box.x + box.width, box.y],
    [box.x + box.width, box.y + box.height],
    [box.x, box.y + box.height],
  ].map(([x, y]) => {
    const dx = x - from.width / 2;
    const dy = y - from.height / 2;
    // y points down, so this turns clockwise on screen, as sharp does.
    return [dx * cos - dy * sin + to.width / 2, dx * sin + dy * cos + to.height / 2];
  });
  const xs = corners.map(([x]) => Math.min(to.width, Math.max(0, x)));
  const ys = corners.map(([, y]) => Math.min(to.height, Math.max(0, y)));
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}
