import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import wordListPath from 'word-list';
import { compileMatcher } from '../../src/match/compile-matcher.js';
import { damerauDistance } from '../../src/match/damerau-distance.js';
import { allowedDistance } from '../../src/match/fuzzy-index.js';
import { mark } from './watchlist-marks.js';

const RUNS = Number(process.env.MATCHER_PROPERTY_RUNS ?? 300);
const dictionary = readFileSync(wordListPath, 'utf8').split('\n').filter((word) => word.length >= 2);
const dictionarySet = new Set(dictionary);
const dictionaryWord = fc.nat(dictionary.length - 1).map((index) => dictionary[index]);

// Word-like invented marks (no dictionary words), fixed by a seed so failures reproduce.
const syllable = fc.tuple(fc.constantFrom(...'bdfgklmnprstvz'), fc.constantFrom(...'aeiou'));
const inventedMark = fc
  .array(syllable, { minLength: 2, maxLength: 5 })
  .map((parts) => parts.map(([c, v]) => c + v).join(''))
  .filter((word) => !dictionarySet.has(word) && !dictionarySet.has(`${word}s`));
const watchlist = fc.sample(fc.uniqueArray(inventedMark, { minLength: 60, maxLength: 60 }), { numRuns: 1, seed: 7 })[0];
const matcher = compileMatcher(watchlist.map((word, index) => mark(`m${index}`, word)));

const LEET: Record<string, string> = { o: '0', i: '1', e: '3', a: '4', s: '5', t: '7' };
const CYRILLIC: Record<string, string> = { a: '\u0430', e: '\u0435', o: '\u043E', p: '\u0440', i: '\u0456', s: '\u0455' };
const fullwidth = (char: string): string => String.fromCharCode(char.charCodeAt(0) - 0x20 + 0xff00);

/** One character of the mark, disguised by a random mix of the transforms. */
const disguisedChar = (char: string) =>
  fc
    .record({
      upper: fc.boolean(),
      leet: fc.boolean(),
      cyrillic: fc.boolean(),
      wide: fc.boolean(),
      accent: fc.boolean(),
      invisible: fc.boolean(),
    })
    .map((how) => {
      let out = how.upper ? char.toUpperCase() : char;
      if (how.leet && LEET[char]) out = LEET[char];
      else if (how.cyrillic && CYRILLIC[char]) out = CYRILLIC[char];
      else if (how.wide) out = fullwidth(out);
      if (how.accent && /[aeiou]/.test(char) && out === char) out += '\u0301';
      return { out: how.invisible ? `\u200B${out}` : out, leet: out === LEET[char] };
    });

const separatorStyle = fc.constantFrom('none', 'spaced', 'dotted', 'hyphen');
const context = fc.array(dictionaryWord, { minLength: 0, maxLength: 4 }).map((words) => words.join(' '));

const disguise = suite('matcher properties');

disguise('any mark disguised by any mix of transforms is found with its exact span', () => {
  fc.assert(
    fc.property(
      fc.nat(watchlist.length - 1).chain((index) =>
        fc.record({
          index: fc.constant(index),
          chars: fc.tuple(...[...watchlist[index]].map(disguisedChar)),
          style: separatorStyle,
          cut: fc.integer({ min: 1, max: watchlist[index].length - 1 }),
          before: context,
          after: context,
        }),
      ),
      ({ index, chars, style, cut, before, after }) => {
        // A mark made only of leet digits is a number, not a disguise.
        fc.pre(chars.some((char) => !char.leet));
        const parts = chars.map((char) => char.out);
        const written =
          style === 'spaced' ? parts.join(' ') :
          style === 'dotted' ? parts.join('.') :
          style === 'hyphen' ? `${parts.slice(0, cut).join('')}-${parts.slice(cut).join('')}` :
          parts.join('');
        const prefix = before === '' ? '' : `${before} `;
        const input = `${prefix}${written}${after === '' ? '' : ` ${after}`}`;
        const start = prefix.length + (written.startsWith('\u200B') ? 1 : 0);
        const matches = matcher.scan(input);
        const hit = matches.find((match) => match.markId === `m${index}`);
        assert.ok(hit, `${JSON.stringify(input)} → ${JSON.stringify(matches)}`);
        assert.equal([hit.start, hit.end], [start, prefix.length + written.length], JSON.stringify(input));
        assert.is(hit.text, input.slice(hit.start, hit.end));
      },
    ),
    { numRuns: RUNS, seed: 42 },
  );
});

disguise('text of ordinary dictionary words finds nothing', () => {
  fc.assert(
    fc.property(fc.array(dictionaryWord, { minLength: 1, maxLength: 40 }), (words) => {
      const input = words.join(' ');
      assert.equal(matcher.scan(input), [], input);
    }),
    { numRuns: RUNS, seed: 43 },
  );
});

disguise('strings beyond the misspelling threshold of every mark find nothing', () => {
  const farFromEveryMark = fc
    .stringMatching(/^[a-z]{3,12}$/)
    .filter((word) =>
      watchlist.every((form) => damerauDistance([...word].map((c) => c.charCodeAt(0)), [...form].map((c) => c.charCodeAt(0)), 3) > Math.max(1, allowedDistance(form.length))),
    );
  fc.assert(
    fc.property(fc.array(farFromEveryMark, { minLength: 1, maxLength: 20 }), (words) => {
      const input = words.join(' ');
      assert.equal(matcher.scan(input), [], input);
    }),
    { numRuns: RUNS, seed: 44 },
  );
});

disguise('every span points at the matched source text, sorted and without overlaps', () => {
  const piece = fc.oneof(
    fc.constantFrom(...watchlist),
    fc.constantFrom(' ', '-', '.', "'", '\u200B', '\u0301', '\uFF53', '\u043E', '1', '0', '$', '@', 'ー', '語', '\uD835\uDC0D'),
    fc.string({ unit: 'grapheme', maxLength: 6 }),
    fc.string({ unit: 'binary', maxLength: 4 }),
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }), fc.boolean(), (pieces, ocr) => {
      const input = pieces.join('');
      const matches = matcher.scan(input, { ocr });
      let lastEnd = 0;
      for (const match of matches) {
        assert.ok(match.start >= lastEnd && match.start < match.end && match.end <= input.length, JSON.stringify(input));
        assert.is(match.text, input.slice(match.start, match.end));
        assert.ok(match.confidence > 0 && match.confidence <= 1);
        lastEnd = match.end;
      }
      if (matches.length > 0) assert.ok(matcher.mayMatch(input), `mayMatch missed ${JSON.stringify(input)}`);
    }),
    { numRuns: RUNS, seed: 45 },
  );
});

disguise.run();
