// Run by no-network.test.ts in a child process: OCR one image normally and once with a 1 ms
// time limit, print the results as JSON, and exit on its own (no worker may keep it alive).
import { join } from 'node:path';
import { readImageTexts } from '../../src/image/index.js';

const [folder] = process.argv.slice(2);
const requests = [{ path: 'shoe.png', absolutePath: join(folder, 'shoe.png') }];
const read = await readImageTexts(requests, { concurrency: 1 });
const late = await readImageTexts(requests, { concurrency: 1, timeoutMs: 1 });
process.stdout.write(JSON.stringify({ read: read.get('shoe.png'), late: late.get('shoe.png') }));
