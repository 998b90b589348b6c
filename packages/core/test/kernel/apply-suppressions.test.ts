import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Fact } from '../../src/types.js';
import type { Finding, ListingIgnore } from '../../src/types.js';
import { applySuppressions as suppress } from '../../src/kernel/apply-suppressions.js';
import { parseDirectives } from '../../src/formats/parse-directives.js';
import { disableMissingReasonRule as missingReason } from '../../src/rules/disable/missing-reason.js';
import { disableUnusedRule as unused } from '../../src/rules/disable/unused.js';
import type { Listing } from '../../src/types.js';

const test = suite('applySuppressions');

const messages: Record<string, Record<string, string>> = {
  'disable/missing-reason': missingReason.meta.messages,
  'disable/unused': unused.meta.messages,
};

/** A stamp like the kernel's, with `disable/unused` switchable off. */
function stampWith(off: string[] = []) {
  return (ruleId: string, fact: Fact): Finding | undefined => {
    if (off.includes(ruleId)) return undefined;
    const template = messages[ruleId][fact.messageId];
    const message = template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(fact.data?.[key]));
    return { ruleId, severity: 'warning', message, url: `u/${ruleId}`, file: 'a.md', ...fact.location };
  };
}

/**
 * The suppression step as the kernel runs it: the missing-reason rule's check, the kernel's
 * suppression (unsuppressible: parse errors and the disable rules), then the unused rule.
 */
function applySuppressions(
  findings: Finding[],
  listing: Pick<Listing, 'directives' | 'ignores'>,
  options: { reportUnused: boolean },
  stamp: (ruleId: string, fact: Fact) => Finding | undefined,
): Finding[] {
  const subject = listing as Listing;
  const added: Finding[] = [];
  const report = (ruleId: string) => (fact: Fact) => {
    const stamped = stamp(ruleId, fact);
    if (stamped) added.push(stamped);
  };
  missingReason.check!({ listing: subject, options: undefined, report: report(missingReason.id) } as never);
  const unsuppressible = new Set(['listing/parse-error', missingReason.id, unused.id]);
  const { kept, unused: idle } = suppress([...findings, ...added.splice(0)], listing, unsuppressible);
  if (options.reportUnused) unused.checkSuppressions!({ listing: subject, options: undefined, unused: idle, report: report(unused.id) });
  return [...kept, ...added].sort((a, b) => a.line - b.line || a.column - b.column);
}

function finding(ruleId: string, line: number, markId?: string, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId,
    severity: 'error',
    message: `${ruleId}@${line}`,
    url: '',
    file: 'a.md',
    line,
    column: 3,
    endLine: line,
    endColumn: 7,
    ...(markId ? { markId } : {}),
    ...extra,
  };
}

const location = { line: 2, column: 3, endLine: 2, endColumn: 40 };
const summary = (findings: Finding[]) => findings.map((f) => `${f.ruleId}@${f.line}`);

test('drops findings on the covered line for the named rule only', () => {
  const directives = parseDirectives('x\n<!-- listinglint-disable-next-line trademark/text -- ok -->\nNIKE\nNIKE\n', 'markdown');
  const findings = [finding('trademark/text', 3), finding('trademark/image', 3), finding('trademark/text', 4)];
  const out = applySuppressions(findings, { directives, ignores: [] }, { reportUnused: true }, stampWith());
  assert.equal(summary(out), ['trademark/image@3', 'trademark/text@4']);
});

test('a disable…enable range covers every rule when none is named', () => {
  const directives = parseDirectives('<!-- listinglint-disable -- legal approved -->\na\nb\n<!-- listinglint-enable -->\nc\n', 'markdown');
  const findings = [finding('trademark/text', 2), finding('image/main-text', 3), finding('trademark/text', 5)];
  const out = applySuppressions(findings, { directives, ignores: [] }, { reportUnused: false }, stampWith());
  assert.equal(summary(out), ['trademark/text@5']);
});

test('never suppresses listing/parse-error or fatal findings', () => {
  const directives = parseDirectives('<!-- listinglint-disable -- r -->\n', 'markdown');
  const findings = [finding('listing/parse-error', 2, undefined, { fatal: true })];
  const out = applySuppressions(findings, { directives, ignores: [] }, { reportUnused: true }, stampWith());
  assert.equal(out.map((f) => [f.ruleId, f.line, f.message]), [
    ['disable/unused', 1, 'Disable comment `listinglint-disable` suppressed no finding: remove it'],
    ['listing/parse-error', 2, 'listing/parse-error@2'],
  ]);
});

test('listing ignores match by rule, by mark (case-insensitive), or both', () => {
  const ignores: ListingIgnore[] = [
    { rule: 'image/main-text', reason: 'lifestyle shot approved', location },
    { mark: 'NIKE', reason: 'authorized reseller', location },
    { rule: 'trademark/text', mark: 'sony', reason: 'compatibility', location },
  ];
  const findings = [
    finding('image/main-text', 5),
    finding('trademark/image', 6, 'nike'),
    finding('trademark/image', 7, 'sony'),
    finding('trademark/text', 8, 'sony'),
    finding('trademark/text', 9, 'adidas'),
  ];
  const out = applySuppressions(findings, { directives: [], ignores }, { reportUnused: true }, stampWith());
  assert.equal(summary(out), ['trademark/image@7', 'trademark/text@9']);
});

test('reports disable/missing-reason for directives and ignores without a reason, at their location', () => {
  const directives = parseDirectives('<!-- listinglint-disable-next-line trademark/text -->\nNIKE\nNIKE <!-- listinglint-disable-next-line -->\n', 'markdown');
  const ignores: ListingIgnore[] = [{ mark: 'nike', reason: '  ', location }];
  const findings = [finding('trademark/text', 2, 'nike'), finding('trademark/text', 3, 'nike')];
  const out = applySuppressions(findings, { directives, ignores }, { reportUnused: false }, stampWith());
  assert.equal(out.map((f) => [f.ruleId, f.line, f.column, f.message]), [
    [
      'disable/missing-reason',
      1,
      1,
      'Disable comment `listinglint-disable-next-line trademark/text` has no reason: add ` -- <why this is acceptable>` so reviewers can check it',
    ],
    ['disable/missing-reason', 2, 3, 'Ignore entry `{ mark: nike }` has no `reason`: say why this finding is acceptable so reviewers can check it'],
    ['disable/missing-reason', 3, 6, 'Disable comment `listinglint-disable-line` has no reason: add ` -- <why this is acceptable>` so reviewers can check it'],
  ]);
});

test('disable/unused only with reportUnused, and not for directives that matched', () => {
  const directives = parseDirectives('<!-- listinglint-disable-next-line trademark/text -- a -->\nNIKE\n<!-- listinglint-disable-next-line trademark/text -- b -->\nplain\n', 'markdown');
  const ignores: ListingIgnore[] = [{ rule: 'trademark/image', reason: 'gone', location }];
  const findings = [finding('trademark/text', 2, 'nike')];
  const quiet = applySuppressions(findings, { directives, ignores }, { reportUnused: false }, stampWith());
  assert.equal(quiet, []);
  const loud = applySuppressions(findings, { directives, ignores }, { reportUnused: true }, stampWith());
  assert.equal(loud.map((f) => [f.ruleId, f.line, f.message]), [
    ['disable/unused', 2, 'Ignore entry `{ rule: trademark/image }` suppressed no finding: remove it'],
    ['disable/unused', 3, 'Disable comment `listinglint-disable-next-line trademark/text` suppressed no finding: remove it'],
  ]);
});

test('a rule switched off in config (stamp returns undefined) adds nothing', () => {
  const directives = parseDirectives('<!-- listinglint-disable-next-line -->\n', 'markdown');
  const out = applySuppressions([], { directives, ignores: [] }, { reportUnused: true }, stampWith(['disable/unused', 'disable/missing-reason']));
  assert.equal(out, []);
});

test('disable/* findings cannot themselves be disabled', () => {
  const directives = parseDirectives('<!-- listinglint-disable -->\n<!-- listinglint-disable-next-line -->\n', 'markdown');
  const out = applySuppressions([], { directives, ignores: [] }, { reportUnused: false }, stampWith());
  assert.equal(summary(out), ['disable/missing-reason@1', 'disable/missing-reason@2']);
});

test.run();
