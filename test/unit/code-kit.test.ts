/**
 * The code kit: spec text becomes a string literal, a JSON value, a checked identifier or comment
 * text, and nothing else. Every sanitiser is tested with the payload placed between each character
 * of the terminator it guards, and with every control character.
 */
import fc from 'fast-check';
import ts from 'typescript';
import { StructureKind, type TypeAliasDeclarationStructure } from 'ts-morph';
import { createProject } from '../../generator/code/project.ts';
import { describe, expect, it } from 'vitest';
import { Code, id, key, member, str, trusted, ts as code, value } from '../../generator/code/code.ts';
import { docText, jsDocBlock, lineComment, markdownCode, markdownText } from '../../generator/code/text.ts';

const CONTROLS = [...Array(0x20).keys(), 0x7f, ...Array.from({ length: 0x20 }, (_, i) => 0x80 + i), 0x2028, 0x2029, 0x200b, 0x200e, 0x202e, 0x2066, 0xfeff]
  .map((c) => String.fromCharCode(c));

/** Every way of putting `x` between (and around) the characters of `terminator`. */
function splices(terminator: string, x: string): string[] {
  const out: string[] = [];
  for (let i = 0; i <= terminator.length; i++) out.push(terminator.slice(0, i) + x + terminator.slice(i));
  return out;
}

/** The text of a comment as TypeScript sees it: the source must be exactly one comment and nothing else. */
function onlyComment(source: string): boolean {
  const sf = ts.createSourceFile('x.ts', `${source}\nexport {};`, ts.ScriptTarget.Latest);
  return sf.statements.length === 1 && (sf as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length === 0;
}

describe('comment text', () => {
  it('cannot end a block comment whatever sits inside the terminator', () => {
    for (const c of CONTROLS) {
      for (const text of [...splices('*/', c), ...splices('*/', c + c), `a *${c}/ ; globalThis.x = 1; /* b`]) {
        const doc = docText(text);
        expect(doc).not.toContain('*/');
        expect(onlyComment(`/** ${doc} */`), JSON.stringify(text)).toBe(true);
      }
    }
  });

  it('a line comment holds no line terminator of any kind', () => {
    for (const c of CONTROLS) {
      const text = lineComment(`a${c}b${c}globalThis.x = 1`);
      expect(text).not.toMatch(/[\n\r\u2028\u2029]/);
      expect(onlyComment(`// ${text}`)).toBe(true);
    }
  });

  it('drops controls and bidi overrides, keeps tabs as spaces and newlines as lines', () => {
    expect(docText('a\u0000b\u202ec\td\r\ne\u2028f')).toBe('abc  d\ne\nf');
  });

  it('survives ts-morph\'s JSDoc writer, which tracks comment openers', () => {
    const project = createProject();
    for (const text of ['.*\n/*\u200b/* /', 'a /* b */ c', '/*/', '*//*', 'image/* or text/*']) {
      const file = project.createSourceFile('x.ts', {
        statements: [{ kind: StructureKind.TypeAlias, name: 'X', type: 'string', docs: [{ description: docText(text) }] }, 'export type Y = 1;'],
      }, { overwrite: true });
      const sf = ts.createSourceFile('x.ts', file.getFullText(), ts.ScriptTarget.Latest);
      expect((sf as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics, file.getFullText()).toEqual([]);
      expect(sf.statements).toHaveLength(2);
    }
  });

  it('jsDocBlock prints a documented declaration exactly as ts-morph does, and stays one comment (fast-check)', () => {
    const project = createProject();
    fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.boolean(), (t, twoParagraphs) => {
      const doc = docText(twoParagraphs ? `${t}\n\n${t}` : t);
      if (!doc) return;
      const viaTsMorph = project.createSourceFile('x.ts', {
        statements: [{ kind: StructureKind.TypeAlias, name: 'X', type: 'string', isExported: true, docs: [{ description: doc }] }],
      }, { overwrite: true }).getFullText();
      expect(`${jsDocBlock(doc)}\nexport type X = string;\n`).toBe(viaTsMorph);
      expect(onlyComment(jsDocBlock(doc))).toBe(true);
    }), { seed: 11, numRuns: 500 });
  });

  it('holds for any text (fast-check)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (t) => {
      expect(docText(t)).not.toContain('*/');
      expect(onlyComment(`/** ${docText(t)} */`)).toBe(true);
      expect(onlyComment(`// ${lineComment(t)}`)).toBe(true);
    }), { seed: 7, numRuns: 2000 });
  });
});

describe('literals', () => {
  const evaluate = (expression: Code | string) => new Function(`return (${expression});`)();

  it('str: any text round-trips as a single-quoted literal, on one line', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (t) => {
      const lit = str(t).toString();
      expect(lit).toMatch(/^'.*'$/s);
      expect(lit).not.toMatch(/[\n\r\u2028\u2029]/);
      expect(evaluate(lit)).toBe(t);
    }), { seed: 11, numRuns: 2000 });
  });

  it('value: JSON round-trips; __proto__ keys define own properties', () => {
    const data = JSON.parse('{"__proto__": {"polluted": true}, "a": [1, "x\\u2028y", {"__proto__": 1}], "b": null}');
    const text = value(data).toString();
    expect(text).toContain('["__proto__"]');
    const back = evaluate(text);
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.keys(back)).toEqual(['__proto__', 'a', 'b']);
    expect(JSON.stringify(back)).toBe(JSON.stringify(data));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      expect(JSON.stringify(evaluate(value(v, 0)))).toBe(JSON.stringify(v));
    }), { seed: 13, numRuns: 1000 });
  });

  it('value keeps JSON.stringify\'s layout', () => {
    const v = { a: [1, { b: 'c' }], d: {}, e: [] };
    expect(value(v).toString()).toBe(JSON.stringify(v, null, 2));
    expect(value(v, 0).toString()).toBe(JSON.stringify(v));
  });
});

describe('literals through ts-morph\'s writer', () => {
  it('a string ending in a backslash does not leave the writer inside a string', () => {
    const project = createProject();
    for (const text of ['/\\', 'a\\\\', '\\\'', 'x/*\\']) {
      const statements: TypeAliasDeclarationStructure[] = [
        { kind: StructureKind.TypeAlias, name: 'X', type: `{ a: ${str(text)}; b: ${value(text)} }`, docs: [{ description: 'one' }] },
        { kind: StructureKind.TypeAlias, name: 'Y', type: `${str('application/*/x')}`, docs: [{ description: 'two' }] },
      ];
      const file = project.createSourceFile('x.ts', { statements }, { overwrite: true });
      const sf = ts.createSourceFile('x.ts', file.getFullText(), ts.ScriptTarget.Latest);
      expect((sf as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics, file.getFullText()).toEqual([]);
      expect(sf.statements).toHaveLength(2);
      expect(new Function(`return ${str(text)};`)()).toBe(text);
      expect(new Function(`return ${value(text)};`)()).toBe(text);
    }
  });
});

describe('the ts tag, identifiers and keys', () => {
  it('quotes every plain string; only Code passes through as code', () => {
    const name = "x'); process.exit(1); ('";
    expect(code`call(${name}, ${trusted('y')}, ${3}, ${true}, ${null})`.toString()).toBe(`call('x\\'); process.exit(1); (\\'', y, 3, true, null)`);
  });

  it('id accepts identifiers only', () => {
    expect(id('getThing').toString()).toBe('getThing');
    for (const bad of ['a b', '1a', 'a-b', '', '__proto__', 'a;b', 'a\u2028b']) expect(() => id(bad)).toThrow(/not a safe identifier/);
  });

  it('key and member: bare, quoted or computed', () => {
    expect(key('a').toString()).toBe('a');
    expect(key('a-b').toString()).toBe("'a-b'");
    expect(key('__proto__').toString()).toBe("['__proto__']");
    expect(member('a').toString()).toBe('.a');
    expect(member("a'b").toString()).toBe("['a\\'b']");
    expect(member('__proto__').toString()).toBe("['__proto__']");
    const o = new Function(`return { ${key('__proto__')}: 1 };`)();
    expect(Object.keys(o)).toEqual(['__proto__']);
  });
});

describe('Markdown', () => {
  it('text cannot open HTML, links, code spans or emphasis', () => {
    const md = markdownText('<script>alert(1)</script> [x](javascript:y) `c` *e* _u_ | ~s~');
    expect(md).not.toMatch(/(^|[^\\])[<[`*_|~]/);
  });

  it('a code span is fenced longer than any backtick run', () => {
    expect(markdownCode('GET /a')).toBe('`GET /a`');
    expect(markdownCode('a ``` b')).toBe('````a ``` b````');
    expect(markdownCode('`x')).toBe('`` `x ``');
  });
});
