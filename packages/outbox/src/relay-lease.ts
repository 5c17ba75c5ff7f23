import { ConflictError } from '@jisr/errors';
import type { Collection, CollectionSpec, Storage, StoredDoc } from '@jisr/storage';
import { declaredCollection } from './declared-collection';

interface LeaseDoc extends StoredDoc {
  readonly holder: string;
  /** Epoch milliseconds after which another relay may take over. */
  readonly expiresAt: number;
}

export const RELAY_LEASE_SPEC: CollectionSpec = { name: 'outbox_relay_lease' };
const LEASE_ID = 'relay';

/**
 * Only the relay holding the lease publishes, so relays sharing one storage do not send the
 * same events twice and per-aggregate order holds. Taking or renewing it is a version-checked
 * write; a relay that dies simply stops renewing and another takes over when it expires.
 */
export class RelayLease {
  private readonly leases: () => Promise<Collection<LeaseDoc>>;

  constructor(
    storage: Storage,
    private readonly holder: string,
    private readonly leaseMs: number,
    private readonly now: () => number,
  ) {
    this.leases = declaredCollection<LeaseDoc>(storage, RELAY_LEASE_SPEC);
  }

  /** True when this relay holds the lease, taking it (if free or expired) or renewing it (if half is used up). */
  async hold(): Promise<boolean> {
    const leases = await this.leases();
    const current = await leases.get(LEASE_ID);
    const now = this.now();
    const mine = current?.holder === this.holder;
    if (current && !mine && current.expiresAt > now) return false;
    if (current && mine && current.expiresAt - now > this.leaseMs / 2) return true;
    const lease = { _id: LEASE_ID, holder: this.holder, expiresAt: now + this.leaseMs };
    try {
      await (current ? leases.update(lease, current.version) : leases.insert(lease));
      return true;
    } catch (error) {
      // Another relay took or renewed it between our read and our write.
      if (error instanceof ConflictError) return false;
      throw error;
    }
  }

  /** Gives the lease up so that another relay can continue without waiting for it to expire. */
  async release(): Promise<void> {
    const leases = await this.leases();
    const current = await leases.get(LEASE_ID);
    if (current?.holder !== this.holder) return;
    await leases.update({ ...current, expiresAt: 0 }, current.version).catch((error: unknown) => {
      if (!(error instanceof ConflictError)) throw error;
    });
  }
}
