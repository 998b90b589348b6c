import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { loadMarkdownParser, markdownProse, plainProse } from '../../src/formats/markdown-body.js';
import { frontMatterRange } from '../../src/formats/markdown.js';

await loadMarkdownParser();

const repo = fileURLToPath(new URL('../../../..', import.meta.url));
const prose = suite('plain bodies are read without the parser, exactly as remark reads them');

/** The value and, for every non-space unit, its source offset. */
function reading(text: ReturnType<typeof markdownProse>) {
  return [text.value, [...text.value].flatMap((char, i) => (/\s/.test(char) ? [] : [text.sourceRange(i)[0]]))];
}

const plainBodies = [
  'One line',
  'Line one  \nline two \n\n\n  Para two\n   more\n',
  'A 4.5 inch (11 cm) pot, 100% cotton; "quoted" text: yes?\n\nSecond paragraph.\n',
  '\n\n   Leading blank lines and spaces.   \n',
  'Ümlaut ß, 😀 emoji and CJK 日本語テキスト.\n',
];

for (const [i, body] of plainBodies.entries()) {
  prose(`plain body ${i + 1}`, () => {
    const source = `---\ntitle: t\n---\n${body}`;
    const fast = plainProse(source, frontMatterRange(source)!.bodyStart);
    assert.ok(fast, 'not read as plain');
    assert.equal(reading(fast!), reading(markdownProse(source)));
  });
}

const syntax = ['*em*', 'a_b', '[link](x)', '<b>', '&amp;', 'a\\*', '# Heading', '- item', '1. item', '> quote', '    code', 'a\r\nb', 'Setext\n===', 'tab\there', 'x | y', '~~s~~', '![i](x)', 'a+b'];
for (const body of syntax) {
  prose(`anything that could be syntax goes to remark: ${JSON.stringify(body)}`, () => {
    const source = `---\ntitle: t\n---\n${body}\n`;
    assert.is(plainProse(source, frontMatterRange(source)!.bodyStart), undefined);
  });
}

prose('the example repository: every plain body agrees with remark', () => {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const file = path.join(dir, name);
      return statSync(file).isDirectory() ? walk(file) : name.endsWith('.md') ? [file] : [];
    });
  let plain = 0;
  for (const file of walk(path.join(repo, 'fixtures/example/listings'))) {
    const source = readFileSync(file, 'utf8');
    const fast = plainProse(source, frontMatterRange(source)!.bodyStart);
    if (!fast) continue;
    plain += 1;
    assert.equal(reading(fast), reading(markdownProse(source)), file);
  }
  assert.is(plain, 9);
});

prose.run();
