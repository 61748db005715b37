import { getHeapStatistics } from 'node:v8';
import type { Response } from 'express';
import { BadRequestError } from '@oneplan/errors';

interface Waiter {
  units: number;
  admit: () => void;
}

/**
 * Why an operation whose client left was never run. A domain error, so it is not logged as a fault: under
 * load every client that gives up would otherwise log an error (nobody reads the answer).
 */
const clientLeft = () => new BadRequestError('The client left before its operation was admitted');

/** The longest an operation whose client left holds its share of the budget (see admit). */
const ABANDONED_HOLD_MS = 30_000;

/** Share of the heap limit above which new operations wait for running ones to finish. */
const HEAP_HIGH_WATER = 0.6;

/**
 * Admission by cost and by memory: operations execute while the cost of those executing stays within
 * the budget and the heap stays below its high-water mark; the others wait in arrival order. What an
 * operation holds (its rows, its object graph, its response) grows with its cost, so the budget bounds
 * the live heap however many clients are connected; the heap check covers what a cost cannot foresee
 * (clinical text runs up to 20,000 characters a note). One operation always runs, so the queue moves.
 */
export class CostAdmission {
  private running = 0;
  private readonly waiting: Waiter[] = [];
  private readonly heapHighWater = getHeapStatistics().heap_size_limit * HEAP_HIGH_WATER;

  /** `heapUsed`: the process's live heap (replaced in unit tests, whose runner's heap is not the API's). */
  constructor(
    private readonly budget: number,
    private readonly heapUsed: () => number = () => getHeapStatistics().used_heap_size,
  ) {}

  /**
   * Resolves, when the operation may execute, with the function to call once it has finished; rejects if
   * its client leaves first. Its share is held until it has finished and its response is closed (sent, or
   * its client gone): an operation runs on after its client leaves and still holds its rows, so releasing
   * it then would let clients that hang up run any number at once. Past ABANDONED_HOLD_MS after its client
   * left, the share is released whatever the operation is doing, so the queue can never stall.
   */
  admit(res: Response, cost: number): Promise<() => void> {
    if (res.closed) return Promise.reject(clientLeft());
    const units = Math.min(Math.max(cost, 1), this.budget);
    const hold = () => {
      let [finished, closed, released] = [false, false, false];
      const release = () => {
        if (released) return;
        released = true;
        this.running -= units;
        this.drain();
      };
      res.once('close', () => {
        closed = true;
        if (finished) release();
        else setTimeout(release, ABANDONED_HOLD_MS).unref();
      });
      return () => {
        finished = true;
        if (closed) release();
      };
    };
    if (this.waiting.length === 0 && this.fits(units)) {
      this.running += units;
      return Promise.resolve(hold());
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        units,
        admit: () => {
          res.off('close', leave);
          resolve(hold());
        },
      };
      const leave = () => {
        this.waiting.splice(this.waiting.indexOf(waiter), 1);
        this.drain();
        reject(clientLeft());
      };
      res.once('close', leave);
      this.waiting.push(waiter);
    });
  }

  /** Cost units held by executing operations, and operations waiting (for metrics and tests). */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  private fits(units: number): boolean {
    if (this.running === 0) return true;
    return this.running + units <= this.budget && this.heapUsed() < this.heapHighWater;
  }

  private drain(): void {
    while (this.waiting.length > 0 && this.fits(this.waiting[0].units)) {
      const next = this.waiting.shift()!;
      this.running += next.units;
      next.admit();
    }
  }
}
