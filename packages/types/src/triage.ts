import type { BoundingBox, MarkUse, UseCause } from './report.js';

/** What a notice claims is infringed. */
export type ClaimType = 'trademark' | 'copyright' | 'patent' | 'counterfeit';

/** Who sent the notice, by its shape. */
export type NoticeSource = 'amazon' | 'ebay' | 'etsy' | 'other';

/** design.md "Complaint triage": one verdict per claim. */
export type Verdict =
  | 'supported'
  | 'disputable:not-used'
  | 'disputable:nominative-use'
  | 'unverified'
  | 'disputable:wrong-territory'
  | 'disputable:not-live'
  | 'disputable:wrong-class'
  | 'disputable:owner-mismatch'
  | 'needs-review';

/** A fact that decided a verdict and where it came from (the notice, a watchlist line, a registry file, the listing). */
export interface TriageFact {
  fact: string;
  source: string;
}

/** The registration record a claim was judged against, as the offline data holds it. */
export interface TriageRegistration {
  office: string;
  number?: string;
  serial?: string;
  status: string;
  statusCode?: string;
  classes: number[];
  owner: string;
  mark: string;
  famous: boolean;
  filingDate?: string;
  registrationDate?: string;
  /** Where the record came from: `watchlist.yaml:12` or `apc261102.xml (serial 97111111)`. */
  source: string;
}

/** One use of the claimed mark in the listing, as linting found it. */
export interface TriageUse {
  ruleId: string;
  field?: string;
  matchedText: string;
  use: MarkUse;
  cause?: UseCause;
  phrase?: string;
  /** `file:line:column`. */
  location: string;
  /** The listing's text around the match, and where the match stands in it (UTF-16, end exclusive). */
  excerpt?: { text: string; start: number; end: number };
  image?: { path: string; bbox: BoundingBox; confidence: number };
}

/** One claim of a notice, judged. */
export interface TriageClaim {
  complaintId?: string;
  type: ClaimType;
  mark?: string;
  registration?: { number?: string; serial?: string; office?: string };
  rightsOwner?: string;
  asin?: string;
  sku?: string;
  url?: string;
  listing?: { filePath: string; sku?: string; marketplace?: string; classes?: number[]; title?: string };
  verdict: Verdict;
  /** The other verdicts that also apply, in design.md's order. */
  grounds: Verdict[];
  facts: TriageFact[];
  /** The registration record judged (absent when unverified). */
  record?: TriageRegistration;
  /** The uses of the claimed mark in the listing's text and images. */
  uses?: TriageUse[];
  /** Where to look the registration up when the offline data lacks it. */
  lookUp?: { office: string; url: string };
  /** A plan-of-action outline pre-filled from the facts. */
  plan: { rootCause: string[]; correctiveActions: string[]; preventiveMeasures: string[] };
}

/** The result of `listinglint triage`: `--format json` writes it as it is. */
export interface TriageReport {
  version: 1;
  /** The date the report was made (YYYY-MM-DD). */
  generatedAt: string;
  notice: { path: string; source: NoticeSource; receivedAt?: string; subject?: string };
  claims: TriageClaim[];
  /** What the notice lacks, said once (no rights owner, no number …). */
  missing: string[];
}
