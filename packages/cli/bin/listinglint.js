#!/usr/bin/env node
import { main } from '../dist/index.js';

process.exitCode = await main(process.argv.slice(2));
// A stuck OCR worker thread must never keep a finished run alive (tesseract.js can hang on
// start-up with no handle to stop it); the timer is unref'd, so a clean exit never waits.
setTimeout(() => process.exit(), 5_000).unref();
