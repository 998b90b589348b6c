import { isKnownOffice, knownOffices } from '../legal/offices.js';
import { ConfigError } from '../source/config-error.js';
import { ConfigReader, type ConfigNode } from '../source/config-reader.js';
import type { Mark, Registration, RegistrationSource, RegistrationStatus } from '../types.js';

const markKeys = ['id', 'mark', 'owner', 'famous', 'variants', 'genericPhrases', 'registrations', 'examples'] as const;
const registrationKeys = ['office', 'number', 'serial', 'classes', 'status', 'designations', 'source'] as const;
const sourceKeys = ['file', 'serial', 'statusCode', 'filingDate', 'registrationDate'] as const;
const statuses: readonly RegistrationStatus[] = ['registered', 'pending', 'dead', 'expired', 'cancelled'];

/** A watchlist file's text and the name errors use. */
export interface WatchlistSource {
  file: string;
  text: string;
}

/**
 * Reads and checks watchlist files (YAML or JSON) and merges their marks. A duplicate `id`
 * across files, a mark shorter than two letters or an unknown key is a `ConfigError`.
 */
export function readWatchlists(sources: WatchlistSource[]): Mark[] {
  const marks: Mark[] = [];
  const seen = new Map<string, Mark>();
  for (const { file, text } of sources) {
    const reader = new ConfigReader(file, text);
    const root = reader.entries(reader.root, '', ['$schema', 'marks']);
    const list = root.get('marks');
    if (list === undefined) reader.fail(reader.root, 'marks', 'a watchlist needs a `marks` list');
    const items = reader.items(list, 'marks');
    if (items.length === 0) reader.fail(list, 'marks', 'the watchlist has no marks: nothing would ever be checked');
    items.forEach((node, i) => {
      const mark = readMark(reader, node, `marks[${i}]`);
      const earlier = seen.get(mark.id);
      if (earlier) {
        throw new ConfigError(file, mark.source.line, `marks[${i}].id`,
          `duplicate mark id \`${mark.id}\` (first defined in ${earlier.source.file}:${earlier.source.line})`);
      }
      seen.set(mark.id, mark);
      marks.push(mark);
    });
  }
  return marks;
}

function readMark(reader: ConfigReader, node: ConfigNode, key: string): Mark {
  const fields = reader.entries(node, key, markKeys);
  const required = (name: string) => {
    const value = fields.get(name);
    if (value === undefined) reader.fail(node, `${key}.${name}`, 'is required');
    return value;
  };
  const id = reader.string(required('id'), `${key}.id`);
  if (!/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u.test(id)) {
    reader.fail(fields.get('id'), `${key}.id`, 'use letters, digits, `.`, `_` and `-` only');
  }
  const text = reader.string(required('mark'), `${key}.mark`).trim();
  const checkForm = (form: string, at: ConfigNode | undefined, path: string) => {
    // One letter (or none) would match everywhere: refuse it.
    if ([...form.replace(/[\s\p{P}]/gu, '')].length < 2) reader.fail(at, path, `\`${form}\` is too short to be a mark (two letters at least)`);
  };
  checkForm(text, fields.get('mark'), `${key}.mark`);
  const optionalStrings = (name: string) => {
    const value = fields.get(name);
    return value === undefined || value === null ? [] : reader.strings(value, `${key}.${name}`);
  };
  const variants = optionalStrings('variants');
  variants.forEach((variant, i) => checkForm(variant, fields.get('variants'), `${key}.variants[${i}]`));
  const famousNode = fields.get('famous');
  const ownerNode = fields.get('owner');
  const registrationsNode = fields.get('registrations');
  const registrations = registrationsNode === undefined || registrationsNode === null
    ? []
    : reader.items(registrationsNode, `${key}.registrations`).map((item, i) => readRegistration(reader, item, `${key}.registrations[${i}]`));
  const mark: Mark = {
    id,
    mark: text,
    owner: ownerNode === undefined || ownerNode === null ? '' : reader.string(ownerNode, `${key}.owner`),
    famous: famousNode === undefined || famousNode === null ? false : reader.boolean(famousNode, `${key}.famous`),
    variants,
    genericPhrases: optionalStrings('genericPhrases'),
    registrations,
    source: { file: reader.file, line: reader.line(node) ?? 0 },
  };
  const examplesNode = fields.get('examples');
  if (examplesNode !== undefined && examplesNode !== null) {
    const examples = reader.entries(examplesNode, `${key}.examples`, ['match', 'noMatch']);
    const list = (name: string) => {
      const value = examples.get(name);
      return value === undefined || value === null ? [] : reader.strings(value, `${key}.examples.${name}`);
    };
    mark.examples = { match: list('match'), noMatch: list('noMatch') };
  }
  return mark;
}

function readRegistration(reader: ConfigReader, node: ConfigNode, key: string): Registration {
  const fields = reader.entries(node, key, registrationKeys);
  const office = fields.get('office');
  if (office === undefined) reader.fail(node, `${key}.office`, 'is required');
  const officeName = reader.string(office, `${key}.office`).toUpperCase();
  // A typo (`USTPO`) would cover no territory and silently turn every finding it backs into info.
  if (!isKnownOffice(officeName) && !/^[A-Z]{2}$/.test(officeName)) {
    reader.fail(office, `${key}.office`, `unknown office \`${officeName}\` (known: ${knownOffices().join(', ')}, or a country code)`);
  }
  const number = fields.get('number');
  const classes = fields.get('classes');
  if (classes === undefined) reader.fail(node, `${key}.classes`, 'is required (Nice classes 1 to 45)');
  const status = fields.get('status');
  const designations = fields.get('designations');
  const serial = fields.get('serial');
  const source = fields.get('source');
  return {
    office: officeName,
    number: number === undefined || number === null ? '' : reader.string(number, `${key}.number`, true),
    classes: reader.items(classes, `${key}.classes`).map((item, i) => reader.integer(item, `${key}.classes[${i}]`, 1, 45)),
    status: status === undefined || status === null ? 'registered' : reader.oneOf(status, `${key}.status`, statuses),
    ...(designations === undefined || designations === null
      ? {}
      : { designations: reader.strings(designations, `${key}.designations`).map((code) => code.toUpperCase()) }),
    ...(serial === undefined || serial === null ? {} : { serial: reader.string(serial, `${key}.serial`, true) }),
    ...(source === undefined || source === null ? {} : { source: readSource(reader, source, `${key}.source`) }),
  };
}

/** A registration's `source`: the registry file it was imported from and the record's facts. */
function readSource(reader: ConfigReader, node: ConfigNode, key: string): RegistrationSource {
  const fields = reader.entries(node, key, sourceKeys);
  const file = fields.get('file');
  if (file === undefined) reader.fail(node, `${key}.file`, 'is required (the registry file the record came from)');
  const source: RegistrationSource = { file: reader.string(file, `${key}.file`) };
  for (const name of ['serial', 'statusCode', 'filingDate', 'registrationDate'] as const) {
    const value = fields.get(name);
    if (value !== undefined && value !== null) source[name] = reader.string(value, `${key}.${name}`, true);
  }
  return source;
}
