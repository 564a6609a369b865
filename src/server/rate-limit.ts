/**
 * A token bucket per client: a clicker sends a few changes a second, a flood gets 429. The table
 * of clients is bounded, so a stream of new addresses cannot grow it without end.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    /** Sustained changes per second; bursts of up to twice that pass. */
    private readonly perSecond: number,
    private readonly now: () => number = () => performance.now(),
    private readonly maxClients = 10_000,
  ) {}

  allow(client: string): boolean {
    const now = this.now();
    const capacity = this.perSecond * 2;
    const bucket = this.buckets.get(client) ?? { tokens: capacity, at: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
    bucket.at = now;
    if (!this.buckets.has(client)) {
      if (this.buckets.size >= this.maxClients) this.buckets.clear();
      this.buckets.set(client, bucket);
    }
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}
