import { EventEmitter } from 'node:events';
import { jest } from '@jest/globals';
import type { Response } from 'express';
import { CostAdmission } from './admission.js';
import { DomainError } from '@oneplan/errors';

/** The part of a response admission watches: its close. */
class FakeResponse extends EventEmitter {
  closed = false;
  close() {
    this.closed = true;
    this.emit('close');
  }
}

const settled = async (promise: Promise<unknown>) => {
  let state = 'pending';
  promise.then(
    () => (state = 'admitted'),
    () => (state = 'refused'),
  );
  await new Promise((resolve) => setImmediate(resolve));
  return state;
};

describe(CostAdmission.name, () => {
  it('should admit operations while their costs fit the budget, and the next in arrival order as costs are released', async () => {
    const admission = new CostAdmission(100, () => 0);
    const [a, b, c, d] = [new FakeResponse(), new FakeResponse(), new FakeResponse(), new FakeResponse()];
    const first = admission.admit(a as unknown as Response, 60);
    expect(await settled(first)).toBe('admitted');
    expect(await settled(admission.admit(b as unknown as Response, 30))).toBe('admitted');
    const third = admission.admit(c as unknown as Response, 50);
    const fourth = admission.admit(d as unknown as Response, 5);
    // The cheap fourth waits behind the third: arrival order, so a heavy operation is never starved.
    expect(await settled(fourth)).toBe('pending');
    expect(admission.load).toEqual({ running: 90, waiting: 2 });
    (await first)();
    a.close();
    expect(await settled(third)).toBe('admitted');
    expect(await settled(fourth)).toBe('admitted');
    expect(admission.load).toEqual({ running: 85, waiting: 0 });
  });

  it('should drop a waiting operation whose client leaves, and let the next one in', async () => {
    const admission = new CostAdmission(10, () => 0);
    const [running, leaving, next] = [new FakeResponse(), new FakeResponse(), new FakeResponse()];
    const finished = await admission.admit(running as unknown as Response, 10);
    const left = admission.admit(leaving as unknown as Response, 5);
    const after = admission.admit(next as unknown as Response, 5);
    leaving.close();
    expect(await settled(left)).toBe('refused');
    // An expected refusal, not a fault to log: the client is gone.
    await expect(left).rejects.toBeInstanceOf(DomainError);
    finished();
    running.close();
    expect(await settled(after)).toBe('admitted');
    expect(admission.load).toEqual({ running: 5, waiting: 0 });
  });

  it('should always run one operation, even one costing more than the budget, and refuse a client already gone', async () => {
    const admission = new CostAdmission(10, () => 0);
    expect(await settled(admission.admit(new FakeResponse() as unknown as Response, 50))).toBe('admitted');
    const gone = new FakeResponse();
    gone.closed = true;
    expect(await settled(admission.admit(gone as unknown as Response, 1))).toBe('refused');
  });

  it('should hold new operations while the heap is above its high-water mark, however cheap, and let the next in when the running one ends', async () => {
    let heap = Number.MAX_SAFE_INTEGER;
    const admission = new CostAdmission(100, () => heap);
    const [running, cheap] = [new FakeResponse(), new FakeResponse()];
    const first = admission.admit(running as unknown as Response, 1);
    expect(await settled(first)).toBe('admitted');
    const waiting = admission.admit(cheap as unknown as Response, 1);
    expect(await settled(waiting)).toBe('pending');
    heap = 0;
    (await first)();
    running.close();
    expect(await settled(waiting)).toBe('admitted');
  });

  it('should keep the share of an operation whose client left until it finishes, and at most 30 s', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask'] });
    try {
      const admission = new CostAdmission(10, () => 0);
      const [abandoned, next, stuck, last] = [new FakeResponse(), new FakeResponse(), new FakeResponse(), new FakeResponse()];
      const finished = await admission.admit(abandoned as unknown as Response, 10);
      const waiting = admission.admit(next as unknown as Response, 10);
      // Its client hangs up while it runs: it still holds its rows, so the next one still waits.
      abandoned.close();
      expect(await settled(waiting)).toBe('pending');
      finished();
      expect(await settled(waiting)).toBe('admitted');
      (await waiting)();
      next.close();
      // One that never reports back is let go 30 s after its client left, so the queue cannot stall.
      await admission.admit(stuck as unknown as Response, 10);
      const after = admission.admit(last as unknown as Response, 10);
      stuck.close();
      jest.advanceTimersByTime(29_000);
      expect(await settled(after)).toBe('pending');
      jest.advanceTimersByTime(1_000);
      expect(await settled(after)).toBe('admitted');
    } finally {
      jest.useRealTimers();
    }
  });
});
