import type { FakeExcel } from "./index";
import { notLoaded, OfficeError } from "./util";

/** One queued action: what goes over the wire (`wire`, measured) and what the host then does. */
interface Action {
  wire: unknown;
  run: () => void;
}

/** The request size limit of Excel on the web (RequestPayloadSizeLimitExceeded above it). */
export const REQUEST_LIMIT = 5 * 1024 * 1024;

/**
 * Like Excel.RequestContext: calls only queue actions; context.sync() sends them as one request,
 * measured in bytes (the JSON of the actions, values included), then the host runs them in order.
 */
export class FakeContext {
  private pending: Action[] = [];
  readonly workbook;
  readonly application;
  constructor(readonly excel: FakeExcel) {
    // Imported lazily to keep the module graph acyclic.
    const { FWorkbook, FApplication } = require("./objects") as typeof import("./objects");
    this.workbook = new FWorkbook(this);
    this.application = new FApplication(this);
  }

  /** The request being run called suspendApiCalculationUntilNextSync. */
  calculationSuspended = false;

  queue(wire: unknown, run: () => void): void {
    this.pending.push({ wire, run });
  }

  /** Bytes of the loaded values the current request sends back (Excel on the web caps it at 5 MB too). */
  private responseBytes = 0;
  addResponse(value: unknown): void {
    if (value !== undefined) this.responseBytes += Buffer.byteLength(JSON.stringify(value));
  }

  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  async sync(): Promise<void> {
    const actions = this.pending;
    this.pending = [];
    const bytes = Buffer.byteLength(JSON.stringify(actions.map((a) => a.wire)));
    this.excel.stats.syncs++;
    this.excel.stats.requestBytes.push(bytes);
    if (bytes > REQUEST_LIMIT)
      throw new OfficeError("RequestPayloadSizeLimitExceeded", `The request payload size (${bytes} bytes) has exceeded the limit of 5 MB.`);
    await Promise.resolve();
    const failure = this.excel.takeFailure(this.excel.stats.syncs);
    this.responseBytes = 0;
    this.calculationSuspended = false;
    try {
      actions.forEach((action, i) => {
        if (failure && i === Math.min(failure.afterActions, actions.length - 1)) throw new OfficeError(failure.code, failure.message);
        action.run();
      });
    } finally {
      // Suspended until this sync: the workbook stays uncalculated until a later recalculation.
      if (this.calculationSuspended) this.excel.model.calculationStale = true;
      this.calculationSuspended = false;
      this.excel.flushEvents();
    }
    const response = this.responseBytes;
    this.responseBytes = 0;
    this.excel.stats.responseBytes.push(response);
    if (response > REQUEST_LIMIT)
      throw new OfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${response} bytes) has exceeded the limit of 5 MB.`,
      );
  }
}

/** A proxy of a host object: located when its first action runs, properties readable once loaded. */
export abstract class ClientObject<M> {
  private readonly loaded = new Map<string, unknown>();
  private bound: M | null | undefined;
  private nullKnown: boolean | undefined;

  constructor(
    readonly context: FakeContext,
    readonly path: string,
    private readonly locate: () => M | null,
    /** true for *OrNullObject proxies: a missing object is a null object, not an error. */
    private readonly orNull = false,
  ) {
    if (orNull) context.queue({ path, resolve: true }, () => (this.nullKnown = this.find() === null));
  }

  /** Resolves once, like Office.js binding a proxy to a host object. */
  protected find(): M | null {
    if (this.bound === undefined || this.bound === null) this.bound = this.locate();
    return this.bound;
  }

  /** The host object; in an action, a missing one fails the request. */
  protected model(): M {
    const m = this.find();
    if (m === null) throw new OfficeError(this.orNull ? "InvalidObjectPath" : "ItemNotFound", `${this.path} does not exist`);
    return m;
  }

  get isNullObject(): boolean {
    if (this.nullKnown === undefined) throw notLoaded("isNullObject", this.path);
    return this.nullKnown;
  }

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw notLoaded(prop, this.path);
    return this.loaded.get(prop) as T;
  }

  /** Queues a property write or method call; `apply` runs on the host object at sync. */
  protected act(wire: Record<string, unknown>, apply: (m: M) => void, minApi = "1.1"): void {
    this.context.queue({ path: this.path, ...wire }, () => {
      this.context.excel.requireApi(minApi, `${this.path} ${Object.keys(wire).join(",")}`);
      apply(this.model());
    });
  }

  /** The value of a loadable property, read from the host object. */
  protected abstract snapshot(m: M, prop: string): unknown;

  load(props?: string | string[]): this {
    const list = (Array.isArray(props) ? props : (props ?? "").split(",")).map((p) => p.trim()).filter(Boolean);
    this.context.queue({ path: this.path, load: list }, () => {
      const m = this.orNull ? this.find() : this.model();
      if (m === null) return;
      for (const p of list) {
        const value = this.snapshot(m, p);
        this.context.addResponse(value);
        this.loaded.set(p, value);
      }
    });
    return this;
  }

  /** Loads `prop` now; collections use it for their items while their own load runs. */
  prime(prop: string): void {
    this.loaded.set(prop, this.snapshot(this.model(), prop));
  }

  protected setLoaded(prop: string, value: unknown): void {
    this.loaded.set(prop, value);
  }
}

/** A collection proxy: load("items/name,items/id") gives `items`, each with those properties. */
export abstract class Collection<M, I extends ClientObject<unknown>> extends ClientObject<M> {
  protected abstract itemsOf(m: M): I[];

  protected snapshot(): unknown {
    return undefined;
  }

  load(props?: string | string[]): this {
    const list = (Array.isArray(props) ? props : (props ?? "items").split(",")).map((p) => p.trim()).filter(Boolean);
    const sub = list.filter((p) => p.startsWith("items/")).map((p) => p.slice("items/".length));
    this.context.queue({ path: this.path, load: list }, () => {
      const items = this.itemsOf(this.model());
      for (const item of items) for (const p of sub) item.prime(p);
      this.setLoaded("items", items);
    });
    return this;
  }

  get items(): I[] {
    return this.read<I[]>("items");
  }
}
