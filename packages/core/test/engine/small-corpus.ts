import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { builtinRules } from '../../src/rules/index.js';
import type { EngineOptions } from '../../src/engine/run.js';

const brands = readFileSync(new URL('../../../../fixtures/example/watchlists/brands.yaml', import.meta.url), 'utf8');
const words = 'durable braided cable kitchen towel cotton soft pillow cover garden hose wallet strap lamp desk'.split(' ');
const marks = ['Nike', 'S0NY', 'Adiddas', 'iPhone', 'X-box', 'Samsung'];

/** Writes `count` listings (a third naming a mark, every tenth sharing a SKU, one broken) to a new temp folder. */
export function writeSmallCorpus(count: number): { dir: string; files: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'listinglint-engine-'));
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const folder = path.join(dir, 'listings', String(i % 7));
    mkdirSync(folder, { recursive: true });
    const copy = Array.from({ length: 12 }, (_, k) => words[(i * 7 + k * 3) % words.length]).join(' ');
    const mark = i % 3 === 0 ? ` for ${marks[i % marks.length]}` : '';
    const sku = i % 10 === 9 ? `SKU-${i - 1}` : `SKU-${i}`;
    const text = i === 5 ? '---\ntitle: "unterminated\n---\n' : `---\nsku: ${sku}\nmarketplace: amazon.com\ncategory: electronics\ntitle: "${copy}${mark}"\n---\n${copy}.\n`;
    const file = path.join(folder, `listing-${i}.md`);
    writeFileSync(file, text);
    files.push(file);
  }
  return { dir, files };
}

/** Engine options for a corpus written by `writeSmallCorpus`. */
export function corpusOptions(dir: string, files: string[], extra: Partial<EngineOptions> = {}): EngineOptions {
  return {
    cwd: dir,
    root: dir,
    files,
    watchlistSources: [{ file: 'brands.yaml', text: brands }],
    rules: [...builtinRules.values()].map((rule) => ({ rule, severity: rule.meta.defaultSeverity })),
    settings: { defaults: {}, categories: {}, authorizations: [], allow: [], today: '2025-06-01', minOcrConfidence: 0.6 },
    ocr: { enabled: false, concurrency: 1 },
    toolVersion: '0.0.0-test',
    ...extra,
  };
}
