/** The pairwise judgements of "Derive weights" as settings store them (the logic is in app/weights). */

export type WeightAxis = "value" | "engagement";

/** One judgement: criterion `a` matters `ratio` times as much as criterion `b` (1/9..9). */
export interface PairJudgement {
  a: string;
  b: string;
  ratio: number;
}

/** The stored judgements per axis (settings.pairwise). */
export type PairwiseSettings = Partial<Record<WeightAxis, PairJudgement[]>>;

/** A stored list read defensively: judgements with two names and a positive finite ratio. */
export function readJudgements(raw: unknown): PairJudgement[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const ok = raw.filter(
    (p): p is PairJudgement =>
      typeof p === "object" &&
      p !== null &&
      typeof p.a === "string" &&
      typeof p.b === "string" &&
      p.a !== p.b &&
      typeof p.ratio === "number" &&
      Number.isFinite(p.ratio) &&
      p.ratio > 0,
  );
  return ok.map((p) => ({ a: p.a, b: p.b, ratio: p.ratio }));
}

export function readPairwiseSettings(raw: unknown): PairwiseSettings | undefined {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return undefined;
  const r = raw as Record<string, unknown>;
  const value = readJudgements(r.value);
  const engagement = readJudgements(r.engagement);
  if (!value && !engagement) return undefined;
  return { ...(value ? { value } : {}), ...(engagement ? { engagement } : {}) };
}
