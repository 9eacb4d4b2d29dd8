import { isBlank, isPresent } from "./cells";
import { KamError, Scored } from "./errors";
import { Messages } from "./messages";

/**
 * Customer lifetime value (SPEC 6) for yearly margin m, retention r and discount rate d:
 * m * r / (1 + d - r) without a horizon, or the sum over T years of m * r^t / (1 + d)^t.
 */
export function clv(m: unknown, r: unknown, d: unknown, years?: unknown): Scored {
  const v = lifetimeValue(m, r, d, years);
  // A result beyond the largest number is out of the domain, not Infinity in a cell.
  return typeof v === "number" && !Number.isFinite(v) ? new KamError("NUM", Messages.clvTooLarge()) : v;
}

function lifetimeValue(m: unknown, r: unknown, d: unknown, years?: unknown): Scored {
  if (!isPresent(m)) return new KamError("VALUE", Messages.notANumber("margin", m));
  if (!isPresent(r)) return new KamError("VALUE", Messages.notANumber("retention", r));
  if (!isPresent(d)) return new KamError("VALUE", Messages.notANumber("discount", d));
  if (d <= -1) return new KamError("NUM", Messages.discountDomain(d));
  if (isBlank(years)) {
    if (r < 0 || r >= 1) return new KamError("NUM", Messages.retentionDomain(r, false));
    // The series only converges for r < 1 + d; beyond it the closed form turns negative.
    if (r >= 1 + d) return new KamError("NUM", Messages.retentionAboveDiscount(r, d));
    return (m * r) / (1 + d - r);
  }
  if (typeof years !== "number") return new KamError("VALUE", Messages.yearsDomain(years));
  if (!Number.isInteger(years) || years < 1) return new KamError("NUM", Messages.yearsDomain(years));
  if (r < 0 || r > 1) return new KamError("NUM", Messages.retentionDomain(r, true));
  const q = r / (1 + d);
  // A long horizon (years can be 1e15) takes the closed form of the geometric sum, not a loop.
  if (years > 10_000) return m * (q === 1 ? years : (q * (1 - Math.pow(q, years))) / (1 - q));
  let sum = 0;
  let term = 1;
  for (let t = 1; t <= years; t++) {
    term *= q;
    sum += term;
    if (term === 0) break;
  }
  return m * sum;
}
