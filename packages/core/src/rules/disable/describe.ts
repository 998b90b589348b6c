import type { Directive, ListingIgnore } from '../../types.js';

/** The directive as the user wrote it, without the reason: `listinglint-disable-next-line trademark/text`. */
export function directiveComment(directive: Directive): string {
  const keyword =
    directive.kind === 'disable-next-line' && directive.fromLine === directive.location.line
      ? 'disable-line'
      : directive.kind;
  return [`listinglint-${keyword}`, ...directive.rules].join(' ');
}

/** The ignore entry in flow YAML: `{ rule: trademark/text, mark: nike }`. */
export function ignoreEntry(ignore: ListingIgnore): string {
  const parts = [
    ignore.rule === undefined ? [] : [`rule: ${ignore.rule}`],
    ignore.mark === undefined ? [] : [`mark: ${ignore.mark}`],
  ].flat();
  return parts.length === 0 ? '{}' : `{ ${parts.join(', ')} }`;
}
