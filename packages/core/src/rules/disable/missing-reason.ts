import type { Rule } from '../rule.js';

/**
 * `disable/missing-reason`: an inline disable or a `listinglint.ignore` entry without a
 * reason. The facts come from the suppression step, so `check` reports nothing itself.
 */
export const missingReason: Rule = {
  id: 'disable/missing-reason',
  meta: {
    name: 'Disable without a reason',
    description: 'An inline disable or a listing ignore entry must say why the finding is acceptable.',
    fullDescription:
      'Every `listinglint-disable…` comment and every `listinglint.ignore` entry needs a reason, ' +
      'so a reviewer can tell an approved exception (an authorization, a compatibility claim ' +
      'checked by legal) from a finding someone silenced. Write it after ` -- ` in a comment, ' +
      'or as `reason:` in an ignore entry.',
    defaultSeverity: 'warning',
    severityMode: 'fixed',
    messages: {
      directive: 'Disable comment `{{comment}}` has no reason: add ` -- <why this is acceptable>` so reviewers can check it',
      ignore: 'Ignore entry `{{entry}}` has no `reason`: say why this finding is acceptable so reviewers can check it',
    },
  },
  check() {},
};

export default missingReason;
