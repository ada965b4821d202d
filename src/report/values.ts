// The typed values of a report: an exact decimal each, at the precision the report shows, with
// the contract's JSON form built in (`toJSON`). Renderers read `.value`, a Decimal; nothing ever
// parses a report's text back into a number.

import { roundHalfUp, type Decimal } from '../money.js';

/** An amount in euros, exact; to the cent in JSON ("444700.00"). A report that wants shown figures to add up rounds before it builds one. */
export class Bedrag {
  constructor(readonly value: Decimal) {}
  /** The value at the precision the JSON shows. */
  shown(): Decimal {
    return roundHalfUp(this.value, 2);
  }
  toJSON(): string {
    return this.shown().toFixed(2);
  }
}

/** An amount as computed, not rounded: at least two decimals, never in exponent notation. */
export class Exact {
  constructor(readonly value: Decimal) {}
  toJSON(): string {
    return this.value.decimalPlaces() < 2 ? this.value.toFixed(2) : this.value.toFixed();
  }
}

/** A percentage (9.91045 for 9,91045%), exact; four decimals in JSON ("9.9105"). */
export class Procent {
  constructor(readonly value: Decimal) {}
  static ofFraction(fraction: Decimal): Procent {
    return new Procent(fraction.times(100));
  }
  shown(): Decimal {
    return roundHalfUp(this.value, 4);
  }
  toJSON(): string {
    return this.shown().toFixed(4);
  }
}

/** A count of benefits, fractional in a projection, exact; a JSON number with at most `decimals` decimals. */
export class Aantal {
  constructor(
    readonly value: Decimal,
    readonly decimals = 6,
  ) {}
  shown(): Decimal {
    return roundHalfUp(this.value, this.decimals);
  }
  toJSON(): number {
    return Number(this.shown().toFixed(this.decimals));
  }
}

/** A plain decimal (a factor, a marginal value): its exact digits as a JSON string. */
export class Getal {
  constructor(readonly value: Decimal) {}
  toJSON(): string {
    return this.value.toString();
  }
}

/** A report as plain JSON values, for lookups by key (buig check) and for tests. */
export const plain = <T>(report: T): unknown => JSON.parse(JSON.stringify(report));

/** The type of a report as its JSON reads back: every typed value replaced by its JSON form. */
export type Plain<T> = T extends { toJSON(): infer J } ? J : T extends readonly (infer E)[] ? Plain<E>[] : T extends object ? { [K in keyof T]: Plain<T[K]> } : T;
