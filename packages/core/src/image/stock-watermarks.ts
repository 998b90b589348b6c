/**
 * Stock-photo libraries whose previews carry their name as a watermark, with how OCR may read
 * the name (any case, the words run together or apart). Pure data for `image/copyright`.
 */
export const STOCK_WATERMARKS: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: 'Shutterstock', pattern: /shutter\s?stock/i },
  { name: 'Getty Images', pattern: /getty\s?images/i },
  { name: 'iStock', pattern: /\bi\s?stock(?:\s?photo)?\b/i },
  { name: 'Adobe Stock', pattern: /adobe\s?stock/i },
  { name: 'Alamy', pattern: /\balamy\b/i },
  { name: 'Dreamstime', pattern: /dreams\s?time/i },
  { name: '123RF', pattern: /\b123\s?rf\b/i },
  { name: 'Depositphotos', pattern: /deposit\s?photos/i },
];

/** The stock library a line of OCR text names first (by position in the line), or undefined. */
export function stockWatermarkIn(text: string): string | undefined {
  let best: { name: string; at: number } | undefined;
  for (const { name, pattern } of STOCK_WATERMARKS) {
    const at = text.search(pattern);
    if (at >= 0 && (best === undefined || at < best.at)) best = { name, at };
  }
  return best?.name;
}
