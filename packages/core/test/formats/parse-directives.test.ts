import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseDirectives } from '../../src/formats/parse-directives.js';

const test = suite('parseDirectives');

test('reads a disable-next-line HTML comment in the body with rules and reason', () => {
  const raw = '---\ntitle: x\n---\n<!-- listinglint-disable-next-line trademark/text -- authorized, ref 42 -->\nNIKE shoes\n';
  assert.equal(parseDirectives(raw, 'markdown'), [
    {
      kind: 'disable-next-line',
      rules: ['trademark/text'],
      reason: 'authorized, ref 42',
      location: { line: 4, column: 1, endLine: 4, endColumn: 76 },
      fromLine: 5,
      toLine: 5,
    },
  ]);
});

test('pairs disable with the enable that closes it; rules may be comma or space separated', () => {
  const raw = [
    '---',
    'title: x',
    '---',
    '<!-- listinglint-disable trademark/text, image/main-text trademark/image -- legal OK -->',
    'a',
    '<!-- listinglint-enable -->',
    '<!-- listinglint-disable -->',
    'b',
  ].join('\n');
  const directives = parseDirectives(raw, 'markdown');
  assert.equal(
    directives.map(({ kind, rules, reason, fromLine, toLine }) => ({ kind, rules, reason, fromLine, toLine })),
    [
      { kind: 'disable', rules: ['trademark/text', 'image/main-text', 'trademark/image'], reason: 'legal OK', fromLine: 4, toLine: 6 },
      { kind: 'enable', rules: [], reason: undefined, fromLine: 6, toLine: 6 },
      { kind: 'disable', rules: [], reason: undefined, fromLine: 7, toLine: Infinity },
    ],
  );
});

test('an enable naming other rules does not close a disable', () => {
  const raw = '<!-- listinglint-disable trademark/text -->\n<!-- listinglint-enable trademark/image -->\n<!-- listinglint-enable trademark/text -->\n';
  const [disable] = parseDirectives(raw, 'markdown');
  assert.is(disable.toLine, 3);
});

test('YAML comments in front matter: own-line covers the next line, trailing covers its line', () => {
  const raw = [
    '---',
    'title: "a # listinglint-disable not a comment"',
    'images:',
    '  # listinglint-disable-next-line trademark/image -- logo licensed',
    '  - main.jpg',
    '  - side.jpg  # listinglint-disable-next-line trademark/image',
    'description: |',
    '  # listinglint-disable block scalar text',
    '---',
    '# listinglint-disable heading in the body is not a directive',
  ].join('\n');
  assert.equal(parseDirectives(raw, 'markdown'), [
    {
      kind: 'disable-next-line',
      rules: ['trademark/image'],
      reason: 'logo licensed',
      location: { line: 4, column: 3, endLine: 4, endColumn: 67 },
      fromLine: 5,
      toLine: 5,
    },
    {
      kind: 'disable-next-line',
      rules: ['trademark/image'],
      location: { line: 6, column: 15, endLine: 6, endColumn: 62 },
      fromLine: 6,
      toLine: 6,
    },
  ]);
});

test('a trailing HTML comment covers its own line', () => {
  const raw = 'NIKE <!-- listinglint-disable-next-line -- fine -->\n';
  const [directive] = parseDirectives(raw, 'markdown');
  assert.equal([directive.fromLine, directive.toLine, directive.location.column], [1, 1, 6]);
});

test('ignores directives inside fenced code blocks', () => {
  const raw = '---\ntitle: x\n---\n```md\n<!-- listinglint-disable -->\n~~~\n```\n~~~~\n<!-- listinglint-disable -->\n~~~~\n<!-- listinglint-enable -->\n';
  assert.equal(
    parseDirectives(raw, 'markdown').map((directive) => [directive.kind, directive.location.line]),
    [['enable', 11]],
  );
});

test('is BOM and CRLF safe', () => {
  const raw = '\uFEFF---\r\ntitle: x\r\n# listinglint-disable-next-line -- r\r\nsku: A\r\n---\r\n<!-- listinglint-disable-next-line trademark/text -- r -->\r\nx\r\n';
  assert.equal(
    parseDirectives(raw, 'markdown').map((directive) => [directive.fromLine, directive.location.column, directive.location.endColumn]),
    [
      [4, 1, 37],
      [7, 1, 59],
    ],
  );
});

test('no front matter: the whole file is body; JSON has no directives', () => {
  assert.is(parseDirectives('<!-- listinglint-disable-next-line -->\n', 'markdown')[0].fromLine, 2);
  assert.equal(parseDirectives('{"title": "<!-- listinglint-disable -->"}', 'json'), []);
});

test('other comments and look-alike keywords are not directives', () => {
  assert.equal(parseDirectives('<!-- a comment -->\n<!-- listinglint-disabled -->\n<!-- listinglint-enable-all -->', 'markdown'), []);
});

test('an unclosed front matter is treated as body, without crashing', () => {
  assert.equal(parseDirectives('---\n# listinglint-disable\ntitle: x\n', 'markdown'), []);
  assert.equal(parseDirectives('', 'markdown'), []);
});

test.run();
