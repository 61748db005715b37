import type { Response } from 'express';

interface Waiter {
  units: number;
  admit: () => void;
}

/**
 * Admission by cost: operations execute while the cost of those executing stays within the budget; the
 * others wait in arrival order. What an operation holds in memory grows with its cost (its rows, its
 * object graph, its response), so the budget bounds the live heap however many clients are connected,
 * while cheap operations keep flowing beside a heavy one. An operation holds its share until its response
 * has been sent or its client has gone.
 */
export class CostAdmission {
  private running = 0;
  private readonly waiting: Waiter[] = [];

  constructor(private readonly budget: number) {}

  /** Resolves when the operation may execute; rejects if its client leaves first. */
  admit(res: Response, cost: number): Promise<void> {
    if (res.closed) return Promise.reject(new Error('The client left before its operation was admitted'));
    const units = Math.min(Math.max(cost, 1), this.budget);
    const release = () => {
      this.running -= units;
      this.drain();
    };
    if (this.waiting.length === 0 && this.running + units <= this.budget) {
      this.running += units;
      res.once('close', release);
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        units,
        admit: () => {
          res.off('close', leave);
          res.once('close', release);
          resolve();
        },
      };
      const leave = () => {
        this.waiting.splice(this.waiting.indexOf(waiter), 1);
        this.drain();
        reject(new Error('The client left before its operation was admitted'));
      };
      res.once('close', leave);
      this.waiting.push(waiter);
    });
  }

  /** Cost units held by executing operations, and operations waiting (for metrics and tests). */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  private drain(): void {
    while (this.waiting.length > 0 && this.running + this.waiting[0].units <= this.budget) {
      const next = this.waiting.shift()!;
      this.running += next.units;
      next.admit();
    }
  }
}
