export { configNames, findConfig, loadConfig, type Config } from './config.js';
export { loadProject, NoWatchlistError, type Project, type ProjectOptions } from './project.js';
export { gatherRunEvidence, type RunEvidenceInput } from './run-evidence.js';
export { gitState, type GitState } from './git-state.js';
