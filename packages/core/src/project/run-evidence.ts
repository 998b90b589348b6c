import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { OcrEngineName, RunEvidence } from '../types.js';
import { presets } from '../legal/presets.js';
import { readWatchlists } from '../watchlist/index.js';
import { gitState, type GitState } from './git-state.js';
import type { Project } from './project.js';

/** What a run's evidence is gathered from. */
export interface RunEvidenceInput {
  cwd: string;
  startedAt: Date;
  toolVersion: string;
  project: Pick<Project, 'config' | 'watchlistFiles' | 'watchlistSources'>;
  /** Whether images were read, and by which engine (the fallback when it took over). */
  ocr: { enabled: boolean; engine?: OcrEngineName };
  /** The git state, when it was asked for earlier (at the start of the run, while linting): else it is asked for now. */
  git?: Promise<GitState | undefined>;
  /** Marks in each watchlist file, when the run knows them (`LintFilesResult.watchlistMarks`): else the files are parsed again to count them. */
  watchlistMarks?: number[];
}

/**
 * The `run` object of a report: when, which listinglint, which commit (and whether the tree
 * differs from it), the config's and each watchlist's SHA-256 (of the bytes, as `sha256sum`
 * prints it) and mark count, the presets and the OCR engine and model.
 */
export async function gatherRunEvidence(input: RunEvidenceInput): Promise<RunEvidence> {
  const { cwd, project } = input;
  const shown = (file: string) => (path.relative(cwd, file) || path.basename(file)).split(path.sep).join('/');
  const git = await (input.git ?? gitState(cwd));
  const configFile = project.config.file;
  const watchlists = await Promise.all(
    project.watchlistFiles.map(async (file, i) => ({
      path: shown(file),
      hash: await hashFile(file),
      marks: input.watchlistMarks?.[i] ?? readWatchlists([project.watchlistSources[i]]).length,
    })),
  );
  const evidence: RunEvidence = {
    startedAt: input.startedAt.toISOString(),
    toolVersion: input.toolVersion,
    ...(git ? { git } : {}),
    ...(configFile !== undefined ? { config: { path: shown(configFile), hash: await hashFile(configFile) } } : {}),
    watchlists,
    // The house-rule data the run had: each preset, versioned by its newest recorded policy source.
    presets: [...presets.values()].map((preset) => ({ name: preset.id, version: newestSource(preset) })),
    ocr: { enabled: input.ocr.enabled },
  };
  if (input.ocr.enabled && input.ocr.engine) {
    const { describeOcrModel } = await import('../image/index.js');
    evidence.ocr = { enabled: true, engine: input.ocr.engine, model: describeOcrModel(input.ocr.engine) };
  }
  return evidence;
}

function newestSource(preset: { rules: Record<string, { sources: { date: string }[] }> }): string {
  return Object.values(preset.rules)
    .flatMap((rule) => rule.sources.map((source) => source.date))
    .reduce((newest, date) => (date > newest ? date : newest), '');
}

async function hashFile(file: string): Promise<string> {
  return createHash('sha256').update(await readFile(file)).digest('hex');
}
