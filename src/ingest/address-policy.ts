import ipaddr from 'ipaddr.js';
import { FetchError } from '../errors/index.js';

/**
 * Which addresses feedwright may connect to when fetching upstream documents. Only public unicast
 * addresses by default: loopback, private, link-local (cloud metadata), CGNAT, unique-local,
 * multicast and reserved ranges are refused unless the operator allows a range explicitly.
 */
export class AddressPolicy {
  readonly #allowed: [ipaddr.IPv4 | ipaddr.IPv6, number][];

  constructor(allowedCidrs: string[] = []) {
    this.#allowed = allowedCidrs.map((cidr) => ipaddr.parseCIDR(cidr));
  }

  static validateCidr(cidr: string): boolean {
    try {
      ipaddr.parseCIDR(cidr);
      return true;
    } catch {
      return false;
    }
  }

  /** Null when the address may be connected to, else the reason it may not. */
  refusal(address: string): string | null {
    if (!ipaddr.isValid(address)) return `"${address}" is not an IP address`;
    // IPv4-mapped IPv6 (::ffff:127.0.0.1) is judged as the IPv4 address it carries.
    const addr = ipaddr.process(address);
    for (const [net, bits] of this.#allowed) {
      if (addr.kind() === net.kind() && addr.match(net, bits)) return null;
    }
    const range = addr.range();
    return range === 'unicast' ? null : `${address} is a ${range} address`;
  }

  /** Throw a FetchError naming the host when the address is refused. */
  check(host: string, address: string): void {
    const reason = this.refusal(address);
    if (reason) {
      throw new FetchError(
        `refusing to fetch from ${host}: ${reason} (allow it with FEEDWRIGHT_FETCH_ALLOW)`,
      );
    }
  }
}
