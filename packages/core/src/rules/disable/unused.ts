import type { Rule } from '../../types.js';
import { directiveComment, ignoreEntry } from './describe.js';

/**
 * `disable/unused`: an inline disable or a `listinglint.ignore` entry that suppressed no
 * finding (reported with `--report-unused-disables`), judged after the suppression step.
 */
export const disableUnusedRule: Rule = {
  id: 'disable/unused',
  meta: {
    name: 'DisableUnused',
    description: 'An inline disable or a listing ignore entry that suppressed no finding.',
    fullDescription:
      'A disable comment or ignore entry that matches no finding is left over from an edit ' +
      '(the mark was removed, the line moved) and would silently hide a future finding. ' +
      'Reported only with `--report-unused-disables`; remove the comment or entry.',
    defaultSeverity: 'warning',
    severityMode: 'fixed',
    suppressible: false,
    messages: {
      directive: 'Disable comment `{{comment}}` suppressed no finding: remove it',
      ignore: 'Ignore entry `{{entry}}` suppressed no finding: remove it',
    },
  },
  checkSuppressions({ unused, report }) {
    for (const directive of unused.directives) {
      report({ messageId: 'directive', data: { comment: directiveComment(directive) }, location: directive.location });
    }
    for (const ignore of unused.ignores) {
      report({ messageId: 'ignore', data: { entry: ignoreEntry(ignore) }, location: ignore.location });
    }
  },
};
