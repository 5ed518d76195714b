#!/usr/bin/env node
// Development entry: runs the CLI from the TypeScript sources through tsx (npm run generate/mock/lint:spec,
// the CLI tests). The published package runs the compiled dist/bin/specgen.js, with no TypeScript loader.
import { register } from 'tsx/esm/api';

register();
await import('./specgen.ts');
