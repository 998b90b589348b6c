import type { Rule } from '../rule.js';

/**
 * `disable/unused`: an inline disable or a `listinglint.ignore` entry that suppressed no
 * finding (reported with `--report-unused-disables`). Facts come from the suppression step.
 */
export const unused: Rule = {
  id: 'disable/unused',
  meta: {
    name: 'Unused disable',
    description: 'An inline disable or a listing ignore entry that suppressed no finding.',
    fullDescription:
      'A disable comment or ignore entry that matches no finding is left over from an edit ' +
      '(the mark was removed, the line moved) and would silently hide a future finding. ' +
      'Reported only with `--report-unused-disables`; remove the comment or entry.',
    defaultSeverity: 'warning',
    severityMode: 'fixed',
    messages: {
      directive: 'Disable comment `{{comment}}` suppressed no finding: remove it',
      ignore: 'Ignore entry `{{entry}}` suppressed no finding: remove it',
    },
  },
  check() {},
};

export default unused;
