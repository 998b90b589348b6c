import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadMarkdownParser, markdownProse } from '../../src/formats/markdown-body.js';

await loadMarkdownParser();

/** The prose, and the source text each of `words` in it maps back to. */
function read(source: string, words: string[]) {
  const prose = markdownProse(source);
  const at = (word: string) => {
    const start = prose.value.indexOf(word);
    return source.slice(prose.sourceRange(start)[0], prose.sourceRange(start + word.length - 1)[1]);
  };
  return { value: prose.value, sources: words.map(at) };
}

test('HTML in a Markdown body is read as the text a shopper sees, mapped to where it is written', () => {
  const source = '<p>Great Nike<br>socks &amp; more</p>\n\nText with <b>Adidas</b> inside.\n\n- item <i>Puma</i>\n';
  assert.equal(read(source, ['Nike', 'socks', '&', 'Adidas', 'Puma']), {
    // Block tags are line breaks: words either side never run together.
    value: '\nGreat Nike\nsocks & more\n\n\nText with Adidas inside.\n\nitem Puma',
    sources: ['Nike', 'socks', '&amp;', 'Adidas', 'Puma'],
  });
});

test('an HTML block inside a block quote keeps its positions past the quote markers', () => {
  const source = 'Intro.\n\n> <div>\n> Fits Nike shoes\n> </div>\n';
  const { value, sources } = read(source, ['Nike']);
  assert.equal(value, 'Intro.\n\n\n\nFits Nike shoes\n\n');
  assert.equal(sources, ['Nike']);
  const prose = markdownProse(source);
  assert.is(prose.sourceRange(value.indexOf('Nike'))[0], source.indexOf('Nike'));
});

test.run();
