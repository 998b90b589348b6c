import { formatSarif } from './format-sarif.js';

export { formatSarif, toSarifLog, SARIF_SCHEMA_URI } from './format-sarif.js';
export { FINGERPRINT_KEY } from './sarif-result.js';
export type { SarifLog, SarifResult, SarifRule, SarifLevel } from './sarif-log.js';

/** The reporter the CLI loads for `--format sarif`. */
export default formatSarif;
