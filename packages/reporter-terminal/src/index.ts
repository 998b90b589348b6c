import { formatTerminal } from './format-terminal.js';

export { formatTerminal, formatTerminalSummary } from './format-terminal.js';
export { shouldUseColor } from './should-use-color.js';

/** The reporter the CLI loads by default (`--format terminal`). */
export default formatTerminal;
