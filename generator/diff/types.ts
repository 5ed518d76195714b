/** One API change between two versions of a spec. */
export interface ApiChange {
  kind: 'breaking' | 'non-breaking';
  /** Stable machine name, e.g. `operation-removed`, `property-became-required`. */
  code: string;
  /** Operation (`POST /external/connections`) or component the change is in. */
  where: string;
  message: string;
}

export type SemverBump = 'major' | 'minor' | 'patch' | 'none';

export interface ApiDiff {
  changes: ApiChange[];
  /** What the changes call for: major for any breaking change, minor for additions, patch otherwise. */
  bump: SemverBump;
  from: { version: string };
  to: { version: string };
}
