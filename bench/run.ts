/** `npm run bench`: every benchmark, peers measured in the same run, ratios printed. */
import { benchGenerate } from './generate.ts';

const sections: string[] = [];
sections.push(await benchGenerate());
console.log(sections.join('\n\n'));
