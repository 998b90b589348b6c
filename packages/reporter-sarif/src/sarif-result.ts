import type { Finding, ImageEvidence } from '@listinglint/types';
import { relativeUri, SOURCE_ROOT } from './artifact-uri.js';
import type { SarifArtifactLocation, SarifLocation, SarifResult } from './sarif-log.js';
import { sarifLevel } from './sarif-rule.js';

/** Key of the fingerprint in `partialFingerprints`; the same scheme as core's `fingerprintFindings`. */
export const FINGERPRINT_KEY = 'listinglint/v1';

/** A finding as a SARIF result; `ruleIndex` points into `tool.driver.rules`. */
export function toSarifResult(finding: Finding, ruleIndex: number): SarifResult {
  const result: SarifResult = {
    ruleId: finding.ruleId,
    ruleIndex,
    level: sarifLevel(finding.severity),
    message: { text: withCell(finding, resultMessage(finding)) },
    locations: [listingLocation(finding)],
  };
  if (finding.fingerprint) result.partialFingerprints = { [FINGERPRINT_KEY]: finding.fingerprint };
  if (finding.image) {
    const image = artifact(finding.image.path);
    result.relatedLocations = [
      { id: 1, physicalLocation: { artifactLocation: image }, message: { text: `Image \`${finding.image.path}\`` } },
    ];
    result.attachments = [
      {
        description: { text: `Where ${quoted(finding.matchedText) ?? 'the text'} was read on \`${finding.image.path}\`` },
        artifactLocation: image,
        rectangles: [{ ...rectangle(finding.image), message: { text: finding.matchedText ?? finding.ruleId } }],
      },
    ];
  }
  const properties = resultProperties(finding);
  if (Object.keys(properties).length > 0) result.properties = properties;
  return result;
}

/**
 * GitHub shows only the first sentence where space is short, and shows neither attachments
 * nor properties, so the message must say what was found and where (for images: the image,
 * the text read and the OCR confidence). Rule messages usually do; the rest get a lead-in.
 */
function resultMessage(finding: Finding): string {
  const { message, image, matchedText } = finding;
  const what = quoted(matchedText);
  const mark = finding.markId ? ` (mark \`${finding.markId}\`)` : '';
  const namesMatch = matchedText === undefined || message.includes(matchedText);
  if (image) {
    const namesImage = message.includes(image.path.slice(image.path.lastIndexOf('/') + 1));
    if (namesMatch && namesImage && message.includes(percent(image.confidence))) return message;
    return `${what ?? 'Text'}${mark} read on image \`${image.path}\` (${place(finding)}) with ${percent(image.confidence)} OCR confidence. ${message}`;
  }
  const namesField = finding.field === undefined || message.includes(`\`${finding.field}\``);
  if (what) return namesMatch && namesField ? message : `${what}${mark} in ${place(finding)}. ${message}`;
  return finding.field && namesField ? message : `In ${place(finding)}: ${message}`;
}

/** A spreadsheet finding has a file-level location: the message names the sheet and cell. */
function withCell(finding: Finding, message: string): string {
  const cell = finding.place?.sheet !== undefined ? finding.place : undefined;
  if (!cell) return message;
  const where = `Sheet \`${cell.sheet}\`${cell.cell ? `, cell ${cell.cell}` : ''}, row ${cell.record}${cell.header ? ` (\`${cell.header}\`)` : ''}`;
  return `${where}: ${message}`;
}

function place(finding: Finding): string {
  const sku = finding.sku ? `SKU \`${finding.sku}\`` : undefined;
  if (finding.field) return sku ? `\`${finding.field}\` of ${sku}` : `\`${finding.field}\``;
  return sku ? `${sku} (\`${finding.file}\`)` : `\`${finding.file}\``;
}

function listingLocation(finding: Finding): SarifLocation {
  // A spreadsheet cell has no text region: the location is the file.
  if (finding.place?.sheet !== undefined) return { physicalLocation: { artifactLocation: artifact(finding.file) } };
  const startLine = Math.max(1, finding.line);
  const startColumn = Math.max(1, finding.column);
  const endLine = Math.max(startLine, finding.endLine);
  const endColumn = endLine === startLine ? Math.max(startColumn, finding.endColumn) : Math.max(1, finding.endColumn);
  return {
    physicalLocation: {
      artifactLocation: artifact(finding.file),
      region: { startLine, startColumn, endLine, endColumn },
    },
  };
}

function resultProperties(finding: Finding): Record<string, unknown> {
  const properties: Record<string, unknown> = {
    markId: finding.markId,
    field: finding.field,
    sku: finding.sku,
    matchedText: finding.matchedText,
    strategy: finding.strategy,
    // For image findings the OCR confidence is how sure the tool is, unless the match has its own.
    confidence: finding.confidence ?? finding.image?.confidence,
    use: finding.use,
    territory: finding.territory,
    registration: finding.registration,
    image: finding.image && { path: finding.image.path, bbox: finding.image.bbox, confidence: finding.image.confidence },
    place: finding.place,
    fatal: finding.fatal,
  };
  for (const key of Object.keys(properties)) {
    if (properties[key] === undefined) delete properties[key];
  }
  return properties;
}

function artifact(path: string): SarifArtifactLocation {
  return { uri: relativeUri(path), uriBaseId: SOURCE_ROOT };
}

function rectangle(image: ImageEvidence): { top: number; left: number; bottom: number; right: number } {
  const { x, y, width, height } = image.bbox;
  return { top: y, left: x, bottom: y + height, right: x + width };
}

function quoted(text: string | undefined): string | undefined {
  return text === undefined || text === '' ? undefined : `\`${text}\``;
}

function percent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}
