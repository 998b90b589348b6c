import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Fact } from '../../src/rules/rule.js';
import type { Finding, ListingIgnore } from '../../src/types.js';
import { applySuppressions } from '../../src/suppress/apply-suppressions.js';
import { parseDirectives } from '../../src/suppress/parse-directives.js';
import { missingReason } from '../../src/rules/disable/missing-reason.js';
import { unused } from '../../src/rules/disable/unused.js';

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
