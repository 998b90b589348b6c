import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-languageserver/node';
import { scratchProject, smallWatchlist } from './cli-io.js';

const bin = fileURLToPath(new URL('../bin/listinglint.js', import.meta.url));
const listing = (title: string) => `---\nsku: A\nmarketplace: amazon.com\ncategory: shoes\ntitle: ${title}\n---\n`;

interface Published {
  uri: string;
  diagnostics: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; severity: number; code: string; codeDescription: { href: string }; source: string; message: string }>;
}

/** Starts `listinglint lsp --stdio` in `root` and initializes a session with it. */
async function session(root: string) {
  const child = spawn(process.execPath, [bin, 'lsp', '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
  const connection: MessageConnection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  // Diagnostics arrive for any open document, in whatever order their lints end: each wait is for one document's.
  const waiting: Array<{ uri: string; resolve: (published: Published) => void }> = [];
  const queue: Published[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (published: Published) => {
    const next = waiting.findIndex((wait) => wait.uri === published.uri);
    if (next >= 0) waiting.splice(next, 1)[0].resolve(published);
    else queue.push(published);
  });
  connection.onNotification('window/showMessage', () => undefined);
  connection.listen();
  const init = (await connection.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(root).href, capabilities: {}, initializationOptions: { debounceMs: 10 } })) as { capabilities: Record<string, unknown> };
  await connection.sendNotification('initialized', {});
  const diagnostics = (uri: string) => {
    const queued = queue.findIndex((published) => published.uri === uri);
    return queued >= 0 ? Promise.resolve(queue.splice(queued, 1)[0]) : new Promise<Published>((resolve) => waiting.push({ uri, resolve }));
  };
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const stop = async () => {
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    return exited;
  };
  // A failed assertion must not leave the server running (the test process would wait for it).
  const kill = () => child.kill();
  return { connection, init, diagnostics, stop, kill };
}

const lsp = suite('listinglint lsp --stdio');

lsp('diagnostics at exact 0-based ranges on open and change, hover with evidence, no crash on a broken document, reload on a watchlist change', async () => {
  const root = scratchProject({ 'listinglint.config.yaml': 'watchlists: [watchlist.yaml]\n', 'watchlist.yaml': smallWatchlist, 'README.md': '# Notes\n' });
  const { connection, init, diagnostics, stop, kill } = await session(root);
  try {
    assert.equal(init.capabilities, { textDocumentSync: 2, hoverProvider: true });
    const uri = pathToFileURL(path.join(root, 'listings', 'shoe.md')).href;

    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: listing('Trail shoes, N1KE style') } });
    const opened = await diagnostics(uri);
    assert.is(opened.uri, uri);
    assert.equal(
      opened.diagnostics.map((d) => [d.range, d.severity, d.code, d.codeDescription.href, d.source]),
      [[{ start: { line: 4, character: 20 }, end: { line: 4, character: 24 } }, 1, 'trademark/text', 'https://github.com/listinglint/listinglint/blob/main/docs/rules/trademark/text.md', 'listinglint']],
    );

    const hover = (await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 22 } })) as { contents: { kind: string; value: string } };
    assert.is(hover.contents.kind, 'markdown');
    const lines = hover.contents.value.split('\n');
    assert.equal(lines.slice(1, 5), ['- matched: `N1KE` (mark `nike`, leet)', '- owner: Nike, Inc. (famous mark)', "- registration: USPTO 0978952, classes 18, 25 (registered); covers the listing's classes 25", '- territory: US']);
    assert.is(await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 2 } }), null);

    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 4, character: 7 }, end: { line: 4, character: 7 } }, text: 'Sony case and ' }] });
    const changed = await diagnostics(uri);
    assert.equal(changed.diagnostics.map((d) => [d.range.start.character, d.range.end.character, d.severity, d.code]), [[7, 11, 2, 'trademark/text'], [34, 38, 1, 'trademark/text']]);

    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: '---\ntitle: [unclosed\n---\n' }] });
    const broken = await diagnostics(uri);
    assert.equal(broken.diagnostics.map((d) => [d.code, d.severity, d.range]), [['listing/parse-error', 1, { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }]]);

    // Characters are UTF-16 code units, LSP's default: an emoji before the mark counts two.
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 4 }, contentChanges: [{ text: listing('\u{1F525} N1KE trail shoes') }] });
    assert.equal((await diagnostics(uri)).diagnostics.map((d) => d.range), [{ start: { line: 4, character: 10 }, end: { line: 4, character: 14 } }]);

    // A README holds no listing: it gets an empty list, not a parse error.
    const readme = pathToFileURL(path.join(root, 'README.md')).href;
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: readme, languageId: 'markdown', version: 1, text: '# Notes\n' } });
    assert.equal(await diagnostics(readme), { uri: readme, version: 1, diagnostics: [] });

    // The watchlist changes on disk: the open listing is linted again with the new marks.
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 5 }, contentChanges: [{ text: listing('Zorblax trail shoes') }] });
    assert.equal((await diagnostics(uri)).diagnostics, []);
    writeFileSync(path.join(root, 'watchlist.yaml'), `${smallWatchlist}  - id: zorblax\n    mark: Zorblax\n`);
    await connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(root, 'watchlist.yaml')).href, type: 2 }] });
    const reloaded = await diagnostics(uri);
    assert.equal(reloaded.diagnostics.map((d) => [d.range.start.character, d.range.end.character, d.severity, d.message.startsWith('`Zorblax`')]), [[7, 14, 3, true]]);

    assert.is(await stop(), 0);
  } finally {
    kill();
  }
});

lsp.run();
