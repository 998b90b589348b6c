export { compileWatchlist } from './compile-watchlist.js';
export { readWatchlists, type WatchlistSource } from './read-watchlist.js';
