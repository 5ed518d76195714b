/** Seeded, deterministic ids: same seed, same ids, whatever the run. */
export interface RandomStream {
    next(): number;
    uuid(): string;
}
/** mulberry32: small, fast, good enough for test data. */
export declare function randomStream(seed: string | number, stream: string): RandomStream;
