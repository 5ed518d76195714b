#!/usr/bin/env node
// The CLI entry. Compiled to dist/bin/specgen.js by `npm run build` (the package's `bin`); in this
// repository generator/bin/specgen.mjs runs it from the TypeScript sources through tsx.
import { runCli } from '../cli.ts';

process.exitCode = await runCli(process.argv.slice(2));
