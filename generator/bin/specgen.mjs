#!/usr/bin/env node
// specgen is TypeScript run by tsx: no build step for the tool itself.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../cli.ts');
process.exitCode = await runCli(process.argv.slice(2));
