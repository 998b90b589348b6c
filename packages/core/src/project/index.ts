export { configNames, findConfig, loadConfig, type Config } from './config.js';
export { loadProject, NoWatchlistError, type Project, type ProjectOptions } from './project.js';
