import { formatGithub } from './format-github.js';

export { formatGithub } from './format-github.js';
export { formatGithubSummary, MAX_SUMMARY_ROWS } from './format-github-summary.js';
export { escapeData, escapeProperty } from './workflow-command.js';

/** The reporter the CLI loads for `--format github`. */
export default formatGithub;
