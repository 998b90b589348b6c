import type { Rule } from '../../types.js';
import { directiveComment, ignoreEntry } from './describe.js';

/**
 * `disable/missing-reason`: an inline disable or a `listinglint.ignore` entry without a
 * reason. Its findings cannot be suppressed themselves.
 */
export const disableMissingReasonRule: Rule = {
  id: 'disable/missing-reason',
  meta: {
    name: 'DisableMissingReason',
    description: 'An inline disable or a listing ignore entry must say why the finding is acceptable.',
    fullDescription:
      'Every `listinglint-disable…` comment and every `listinglint.ignore` entry needs a reason, ' +
      'so a reviewer can tell an approved exception (an authorization, a compatibility claim ' +
      'checked by legal) from a finding someone silenced. Write it after ` -- ` in a comment, ' +
      'or as `reason:` in an ignore entry.',
    defaultSeverity: 'warning',
    severityMode: 'fixed',
    suppressible: false,
    messages: {
      directive: 'Disable comment `{{comment}}` has no reason: add ` -- <why this is acceptable>` so reviewers can check it',
      ignore: 'Ignore entry `{{entry}}` has no `reason`: say why this finding is acceptable so reviewers can check it',
    },
  },
  check({ listing, report }) {
    for (const directive of listing.directives) {
      if (directive.kind === 'enable' || directive.reason !== undefined) continue;
      report({ messageId: 'directive', data: { comment: directiveComment(directive) }, location: directive.location });
    }
    for (const ignore of listing.ignores) {
      if (ignore.reason !== undefined && ignore.reason.trim() !== '') continue;
      report({ messageId: 'ignore', data: { entry: ignoreEntry(ignore) }, location: ignore.location });
    }
  },
};
