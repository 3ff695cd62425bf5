/**
 * Change-log sequence numbers. Every seq that enters the system is bounded so that the arithmetic
 * done on it (toSeq + 1, toSeq − fromSeq + 1) stays exact: near 2^53 `n + 1 === n`, which once made
 * a device's next seq collide with its last and wedged it. 2^31 − 1 changes is a tap a second for
 * 68 years, and it fits a 32-bit integer wherever one is stored.
 */
import * as v from 'valibot';

export const MAX_SEQ = 2 ** 31 - 1;

/** A seq a change carries: 1 … MAX_SEQ. */
export const SeqSchema = v.pipe(
  v.number(),
  v.integer('seq harus bilangan bulat'),
  v.minValue(1, 'seq paling kecil 1'),
  v.maxValue(MAX_SEQ, `seq paling besar ${MAX_SEQ}`),
);

/**
 * The seq a device's next bundle must start at: one past the last stored seq, so it may be
 * MAX_SEQ + 1 on a device that has used up its range (its next bundle is then refused with a 4xx).
 */
export const NextSeqSchema = v.pipe(
  v.number(),
  v.integer('seq harus bilangan bulat'),
  v.minValue(1, 'seq paling kecil 1'),
  v.maxValue(MAX_SEQ + 1, `seq paling besar ${MAX_SEQ + 1}`),
);
