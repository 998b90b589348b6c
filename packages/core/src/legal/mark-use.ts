// How a mark is used: the reading lives in `use/` (tokens, cues, the reading itself).
export { readUse, type UseCause, type UseInput, type UseReading } from './use/read-use.js';
