// TEMPORARY until @pressroom/currency is published in the workspace: the contract of DESIGN.md.
/** A sum of money mentioned in text (see @pressroom/currency). */
export interface Money {
  text: string;
  start: number;
  end: number;
  currency: string | null;
  candidates: string[];
  evidence: string;
  value: number | { min: number; max: number };
  approximate: boolean;
  equivalentOf?: number;
}

/** Placeholder: finds nothing until @pressroom/currency lands. */
export function findMoney(_text: string, _options: { url?: string; country?: string; date?: string } = {}): Money[] {
  return [];
}
