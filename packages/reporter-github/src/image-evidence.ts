import type { Finding } from '@listinglint/types';

/** How an image finding was read, in one line: path, box and OCR confidence. */
export function describeImageEvidence(finding: Finding): string | undefined {
  if (!finding.image) return undefined;
  const { path, bbox, confidence } = finding.image;
  return `Read on ${path} at x=${bbox.x} y=${bbox.y} ${bbox.width}×${bbox.height} px, OCR confidence ${Math.round(confidence * 100)}%.`;
}
