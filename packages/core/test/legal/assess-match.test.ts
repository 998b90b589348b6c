import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { assessMatch as assessData, type Assessment, type MatchContext } from '../../src/legal/assess-match.js';
import { describeAssessment } from '../../src/rules/trademark/messages.js';
import type { LintSettings, MarkMatch } from '../../src/types.js';
import { listing, markById, settings, type ListingSpec } from './fixture-listing.js';

/** The assessment as the rule words it: severity, use, territory, registration, then the evidence and reason sentences. */
function assessMatch(ctx: MatchContext) {
  const assessment = assessData(ctx);
  return assessment && worded(assessment, ctx);
}

function worded(assessment: Assessment, ctx: MatchContext) {
  const { evidence, reason } = describeAssessment(assessment, ctx.mark, ctx.match.text);
  const { severity, use, territory, registration } = assessment;
  return { severity, use, territory, ...(registration ? { registration } : {}), evidence, reason };
}

function assess(spec: ListingSpec, text: string, matched: string, extra: Partial<MatchContext> = {}, config: Partial<LintSettings> = {}) {
  const start = text.indexOf(matched);
  const match: MarkMatch = { markId: 'x', start, end: start + matched.length, text: matched, strategy: 'exact', confidence: 1 };
  return assessMatch({ listing: listing(spec), settings: settings(config), mark: markById('nike'), match, text, field: 'images[0]', source: 'image', ...extra });
}

const shoes: ListingSpec = { marketplace: 'amazon.com', category: 'shoes', title: 'Running shoes' };

test('image text is judged like listing text', () => {
  assert.equal(assess(shoes, 'JUST DO IT NIKE', 'NIKE'), {
    severity: 'error',
    use: 'brand',
    territory: 'US',
    registration: { office: 'USPTO', number: '0978952', classes: [18, 25] },
    evidence: 'Nike, Inc.; USPTO 0978952, classes 18, 25',
    reason: 'registered in US for class 25, which covers this listing (shoes)',
  });
});

test('nothing to report: own brand, authorization, allow', () => {
  assert.is(assess({ ...shoes, brand: 'Nike' }, 'NIKE', 'NIKE'), undefined);
  assert.is(assess({ ...shoes, sku: 'S' }, 'NIKE', 'NIKE', {}, { authorizations: [{ mark: 'nike', skus: ['S'] }] }), undefined);
  assert.is(assess(shoes, 'NIKE', 'NIKE', {}, { allow: [{ mark: 'NIKE', reason: 'genuine goods' }] }), undefined);
});

test('lower case is an ordinary sense only for a dictionary word: "nike" is not one', () => {
  assert.is(assess({ marketplace: 'amazon.com', category: 'kitchen' }, 'goddess nike motif', 'nike')?.severity, 'error');
});

test('the highest registration wins; among equals the one covering the classes', () => {
  const eu = assess({ marketplace: 'amazon.de', category: 'bags' }, 'Tasche mit Nike Logo', 'Nike');
  assert.equal([eu?.severity, eu?.registration?.office, eu?.reason], ['error', 'EUIPO', 'famous mark registered in DE: protected in every class, this listing (bags) included']);
  const anywhere = assess({ category: 'bags' }, 'Tasche mit Nike Logo', 'Nike');
  assert.equal([anywhere?.severity, anywhere?.registration?.office, anywhere?.territory], ['error', 'USPTO', 'US']);
});

test('no marketplace and no live registration anywhere → info', () => {
  const ghost = { ...markById('nike'), registrations: [] };
  const text = 'Nike';
  const match: MarkMatch = { markId: 'nike', start: 0, end: 4, text, strategy: 'exact', confidence: 1 };
  const assessment = assessMatch({ listing: listing({ category: 'shoes' }), settings: settings(), mark: ghost, match, text, field: 'keywords', source: 'text' });
  assert.equal(assessment, {
    severity: 'info',
    use: 'brand',
    territory: 'none',
    evidence: 'Nike, Inc.; no live registration',
    reason: 'the watchlist has no live registration of this mark',
  });
});

test('the judgement is data: cause, phrase and the evidence with the overlapping classes', () => {
  const text = 'Socks compatible with Nike shoes';
  const start = text.indexOf('Nike');
  const match: MarkMatch = { markId: 'nike', start, end: start + 4, text: 'Nike', strategy: 'exact', confidence: 1 };
  const assessment = assessData({ listing: listing(shoes), settings: settings(), mark: markById('nike'), match, text, field: 'title', source: 'text' });
  assert.equal(
    [assessment?.severity, assessment?.use, assessment?.cause, assessment?.phrase, assessment?.evidence],
    [
      'warning',
      'nominative',
      'compatibility',
      'compatible with',
      {
        owner: 'Nike, Inc.',
        famous: true,
        registration: { office: 'USPTO', number: '0978952', classes: [18, 25], status: 'registered', overlap: [25] },
        territory: 'US',
      },
    ],
  );
  const unknown = assessData({ listing: listing({ title: 'Socks' }), settings: settings(), mark: markById('nike'), match, text, field: 'title', source: 'text' });
  assert.equal(unknown?.evidence.missingContext, ['marketplace', 'category']);
});

test.run();
