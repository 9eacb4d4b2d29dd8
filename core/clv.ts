import { isBlank, isPresent } from "./cells";
import { isKamError, KamError, Scored } from "./errors";
import { Messages } from "./messages";

/**
 * Customer lifetime value (SPEC 6) for yearly margin m, retention r and discount rate d:
 * m * r / (1 + d - r) without a horizon, or the sum over T years of m * r^t / (1 + d)^t.
 * An input that is an error (an upstream #N/A) is passed on as it came.
 */
export function clv(m: unknown, r: unknown, d: unknown, years?: unknown): Scored {
  for (const x of [m, r, d, years]) if (isKamError(x)) return x;
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
  const sum = discountedYears(q, years);
  if (Number.isFinite(sum)) return m * sum;
  // The sum of the yearly factors overflows (q > 1, a long horizon), but the value may not:
  // the margin is applied in logarithms, so 0 stays 0 and a tiny margin gives a finite value.
  if (m === 0) return 0;
  return Math.sign(m) * Math.exp(Math.log(Math.abs(m)) + logDiscountedYears(q, years));
}

/** q + q^2 + ... + q^T, the value of a margin of 1 a year over T years. */
function discountedYears(q: number, years: number): number {
  // A long horizon (years can be 1e15) takes the closed form of the geometric sum, not a loop.
  if (years > 10_000) return q === 1 ? years : (q * (1 - Math.pow(q, years))) / (1 - q);
  let sum = 0;
  let term = 1;
  for (let t = 1; t <= years; t++) {
    term *= q;
    sum += term;
    if (term === 0) break;
  }
  return sum;
}

/** ln(q + ... + q^T) for q > 1 = T ln q + ln(q / (q - 1)) + ln(1 - q^-T), without overflow. */
function logDiscountedYears(q: number, years: number): number {
  return years * Math.log(q) + Math.log(q / (q - 1)) + Math.log1p(-Math.pow(q, -years));
}
