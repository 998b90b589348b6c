import { formatJson } from './format-json.js';

export { formatJson, toJsonReport, toJsonRun, JSON_REPORT_VERSION } from './format-json.js';
export type { JsonFileResult, JsonFinding, JsonReport } from './format-json.js';

/** The reporter the CLI loads for `--format json`. */
export default formatJson;
