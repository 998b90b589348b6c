import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatsFor, type Finding } from '@listinglint/core';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TextDocuments, TextDocumentSyncKind, type Connection, type Diagnostic, type Hover } from 'vscode-languageserver/node';
import { evidenceLines } from '../server/evidence.js';
import { ProjectHost, type ProjectHostOptions } from '../server/project-host.js';
import { toDiagnostic } from './diagnostics.js';

/** How the language server runs besides its connection. */
export interface LanguageServerOptions extends Omit<ProjectHostOptions, 'cwd'> {
  /** The workspace when the client names none (default: `process.cwd()`). */
  cwd: string;
  /** Quiet time after a change before the document is linted again (default 250 ms). */
  debounceMs?: number;
}

/** Whether a position lies within a range (end inclusive, so a hover at a mark's last character counts). */
function within(position: { line: number; character: number }, { start, end }: Diagnostic['range']): boolean {
  const after = position.line > start.line || (position.line === start.line && position.character >= start.character);
  const before = position.line < end.line || (position.line === end.line && position.character <= end.character);
  return after && before;
}

/**
 * Serves listinglint to an editor: open listing documents (files some listing format claims)
 * are linted on open and on change (debounced) with the workspace's one shared project, and
 * their findings published as diagnostics; a hover on a finding shows its evidence. The project
 * reloads when its config or a watchlist changes; nothing a document holds can stop the server.
 */
export function startLanguageServer(connection: Connection, options: LanguageServerOptions): void {
  const documents = new TextDocuments(TextDocument);
  const hosts = new Map<string, ProjectHost>();
  const findings = new Map<string, Array<{ diagnostic: Diagnostic; finding: Finding }>>();
  const timers = new Map<string, NodeJS.Timeout>();
  const shownErrors = new Set<string>();
  const debounceMs = options.debounceMs ?? 250;
  let folders: string[] = [];

  /** The host of the workspace folder holding a file (the deepest one), else of the server's folder. */
  const hostFor = (file: string): ProjectHost => {
    const folder = folders.filter((root) => !path.relative(root, file).startsWith('..')).sort((a, b) => b.length - a.length)[0] ?? options.cwd;
    let host = hosts.get(folder);
    if (!host) hosts.set(folder, (host = new ProjectHost({ ...options, cwd: folder })));
    return host;
  };

  connection.onInitialize((params) => {
    const uris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    folders = uris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
    const init = params.initializationOptions as { debounceMs?: unknown } | undefined;
    if (typeof init?.debounceMs === 'number') options.debounceMs = init.debounceMs;
    return {
      capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental, hoverProvider: true },
      serverInfo: { name: 'listinglint' },
    };
  });

  async function lint(document: TextDocument): Promise<void> {
    const { uri, version } = document;
    if (!uri.startsWith('file:')) return;
    const file = fileURLToPath(uri);
    if (formatsFor(file).length === 0) return;
    const host = hostFor(file);
    try {
      const { project, error } = await host.get();
      if (!project) {
        // A config or watchlist problem: said once, and the documents keep no stale findings.
        if (!shownErrors.has(error.message)) {
          shownErrors.add(error.message);
          void connection.window.showErrorMessage(`listinglint: ${error.message}`);
        }
        findings.delete(uri);
        await connection.sendDiagnostics({ uri, diagnostics: [] });
        return;
      }
      shownErrors.clear();
      const relative = path.relative(project.config.root, file).split(path.sep).join('/');
      if (project.config.ignore.length > 0 && !relative.startsWith('..')) {
        const { default: ignore } = await import('ignore');
        if (ignore().add(project.config.ignore).ignores(relative)) return;
      }
      // Not a named file: a Markdown file that holds no listing (a README) gets no finding.
      const report = await host.lintText(document.getText(), file, { explicit: false });
      // A newer version is on its way: its own lint publishes.
      if (documents.get(uri)?.version !== version) return;
      const pairs = report.results.flatMap((result) => result.findings).map((finding) => ({ diagnostic: toDiagnostic(finding), finding }));
      findings.set(uri, pairs);
      await connection.sendDiagnostics({ uri, version, diagnostics: pairs.map((pair) => pair.diagnostic) });
    } catch (error) {
      // A bug in listinglint must not stop the editor's server: log it and keep serving.
      connection.console.error(`listinglint: linting ${file} failed: ${(error as Error).stack ?? String(error)}`);
    }
  }

  function schedule(document: TextDocument, delay: number): void {
    clearTimeout(timers.get(document.uri));
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri);
        void lint(document);
      }, delay),
    );
  }

  /** A config or watchlist changed: every open document is linted again (the host reloads first). */
  function relintAll(): void {
    for (const document of documents.all()) schedule(document, 0);
  }

  documents.onDidOpen(({ document }) => schedule(document, 0));
  documents.onDidChangeContent(({ document }) => schedule(document, options.debounceMs ?? debounceMs));
  documents.onDidSave(({ document }) => {
    if (formatsFor(fileURLToPath(document.uri)).length === 0 || /listinglint\.config\.|watchlist/i.test(document.uri)) relintAll();
  });
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    findings.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });
  connection.onDidChangeWatchedFiles(() => relintAll());

  connection.onHover(({ textDocument, position }): Hover | null => {
    const hits = (findings.get(textDocument.uri) ?? []).filter(({ diagnostic }) => within(position, diagnostic.range));
    if (hits.length === 0) return null;
    return {
      contents: { kind: 'markdown', value: hits.map(({ finding }) => evidenceLines(finding).join('\n')).join('\n\n---\n\n') },
      range: hits[0].diagnostic.range,
    };
  });

  documents.listen(connection);
  connection.listen();
}

/** A file path as the document URI an editor sends. */
export function fileUri(file: string): string {
  return pathToFileURL(file).href;
}
