/** `npm run bench`: every benchmark, peers measured in the same run, ratios printed. */
import { benchClient } from './client.ts';
import { benchGenerate, benchWatch } from './generate.ts';
import { benchMocks } from './mocks.ts';
import { benchValidators, formatRows } from './validators.ts';

const only = process.argv.slice(2);
const want = (name: string) => only.length === 0 || only.includes(name);
const sections: string[] = [];
const section = async (name: string, run: () => Promise<string>) => {
  if (!want(name)) return;
  const text = await run();
  console.log(`${text}\n`);
  sections.push(text);
};

await section('generate', () => benchGenerate());
await section('watch', () => benchWatch());
await section('client', () => benchClient());
await section('validators', async () => `## validators vs ajv vs zod 4 (ops/s, same run)\n\n${formatRows(await benchValidators())}`);
await section('mocks', () => benchMocks());
