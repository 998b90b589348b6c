import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { inShard, parseShard } from '../src/shard.js';

const test = suite('shard');

test('parses K/N', () => {
  assert.equal(parseShard('2/4'), { index: 2, count: 4 });
  assert.equal(parseShard(' 1 / 1 '), { index: 1, count: 1 });
});

test('rejects malformed or out-of-range shards with a usage error', () => {
  for (const text of ['0/4', '5/4', '1/0', 'a/b', '1', '1/2/3', '-1/2', '1.5/2']) {
    assert.throws(
      () => parseShard(text),
      (error: Error & { exitCode?: number }) =>
        error.exitCode === 2 && error.message === `Invalid --shard "${text}": expected K/N with 1 ≤ K ≤ N, such as 2/4`,
      text,
    );
  }
});

test('every file lands in exactly one shard, deterministically', () => {
  const files = Array.from({ length: 200 }, (_, index) => `listings/${index}/listing.md`);
  for (const count of [1, 2, 3, 7]) {
    for (const file of files) {
      const owners = Array.from({ length: count }, (_, k) => k + 1).filter((k) => inShard(file, k, count));
      assert.is(owners.length, 1, `${file} in ${count} shards`);
    }
  }
  const sizes = [1, 2, 3, 4].map((k) => files.filter((file) => inShard(file, k, 4)).length);
  assert.is(sizes.reduce((a, b) => a + b), 200);
  assert.ok(Math.min(...sizes) > 30, `balanced enough: ${sizes}`);
});

test('the shard of a file depends only on its normalised path', () => {
  assert.is(inShard('./listings\\a.md', 1, 3), inShard('listings/a.md', 1, 3));
  assert.is(inShard('listings/a.md', 2, 3), inShard('listings/a.md', 2, 3));
  assert.equal(
    ['a.md', 'b.md', 'c.md', 'd.md'].map((file) => [1, 2].find((k) => inShard(file, k, 2))),
    [2, 1, 1, 2],
  );
});

test.run();
