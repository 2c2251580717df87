/**
 * Where the case-work features plug in when their routes exist: case documents (safety plan,
 * risk review, orders, progress), the handover flow, reviews due and advisory flags. Each is a
 * function that returns elements for the case list or the case page, or null when there is
 * nothing to show. A later change registers its sections here; the pages need no other edit.
 */

import type { Session } from "./session.js";

export interface CaseContext {
  session: Session;
  caseId: string;
  victimId: string;
  victimHpkePublic: Uint8Array;
  victimSigningPublic: Uint8Array;
}

/** A section on the case page (after the timeline and notes), e.g. "Safety plan" or "Hand this case over". */
export type CaseSection = (context: CaseContext) => Promise<HTMLElement | null>;

/** Extra words in a case's row of the list, e.g. "Review due 12 Dec" or an advisory flag with its reason. */
export type CaseBadge = (session: Session, caseId: string) => Promise<HTMLElement | null>;

/** A page of the admin's area, e.g. "Hand cases over". */
export type AdminSection = (session: Session) => Promise<HTMLElement | null>;

export const caseSections: CaseSection[] = [];
export const caseBadges: CaseBadge[] = [];
export const adminSections: AdminSection[] = [];
