export { caseToMark, importUsptoFiles, markKey, numberKey, writeWatchlistYaml, type ImportedMark, type ImportFilter, type ImportResult } from './import-registry.js';
export { readUsptoFile, RegistryFileError, UsptoXmlReader, type UsptoCaseFile } from './read-uspto-xml.js';
export { usptoStatus, usptoStatusRanges } from './uspto-status.js';
