export { compileWatchlist, hashWatchlistSources } from './compile-watchlist.js';
export { readWatchlists, type WatchlistSource } from './read-watchlist.js';
