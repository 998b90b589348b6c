/** The subset of SARIF 2.1.0 that listinglint writes. */
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

/** One run of listinglint. */
export interface SarifRun {
  tool: { driver: SarifDriver };
  originalUriBaseIds: Record<string, { uri: string; description?: SarifMessage }>;
  columnKind: 'utf16CodeUnits';
  /** One per listinglint run (per shard in a merged report), with the run's evidence in `properties.run`. */
  invocations?: SarifInvocation[];
  /** `run` (or `runs` for a merged report): the evidence objects of the JSON report. */
  properties?: Record<string, unknown>;
  results: SarifResult[];
}

/** How and when listinglint ran. */
export interface SarifInvocation {
  executionSuccessful: boolean;
  startTimeUtc: string;
  properties: Record<string, unknown>;
}

/** The tool component: listinglint and its enabled rules. */
export interface SarifDriver {
  name: string;
  version: string;
  semanticVersion: string;
  informationUri: string;
  rules: SarifRule[];
}

/** A `reportingDescriptor` for one rule. */
export interface SarifRule {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  help: { text: string; markdown: string };
  helpUri: string;
  defaultConfiguration: { level: SarifLevel };
}

/** SARIF's severity levels. */
export type SarifLevel = 'error' | 'warning' | 'note';

/** A plain-text message. */
export interface SarifMessage {
  text: string;
}

/** A file, relative to a base URI id. */
export interface SarifArtifactLocation {
  uri: string;
  uriBaseId: string;
}

/** A place in a file. */
export interface SarifLocation {
  id?: number;
  physicalLocation: {
    artifactLocation: SarifArtifactLocation;
    region?: { startLine: number; startColumn: number; endLine: number; endColumn: number };
  };
  message?: SarifMessage;
}

/** A box on an image, in pixels. */
export interface SarifRectangle {
  top: number;
  left: number;
  bottom: number;
  right: number;
  message: SarifMessage;
}

/** One finding. */
export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: SarifMessage;
  locations: SarifLocation[];
  relatedLocations?: SarifLocation[];
  partialFingerprints?: Record<string, string>;
  attachments?: { description: SarifMessage; artifactLocation: SarifArtifactLocation; rectangles: SarifRectangle[] }[];
  properties?: Record<string, unknown>;
}
