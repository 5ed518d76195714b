// Entry of one conformance child process: registers tsx (as generator/bin/specgen.mjs does), then
// runs child.ts, which imports the generated TypeScript package it measures.
import { register } from 'tsx/esm/api';

register();
await import('./child.ts');
