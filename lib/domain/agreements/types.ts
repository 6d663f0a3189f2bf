// The shapes the agreement service returns, shared with the components (which may not import the
// service itself).
import type { CoreRole } from "@/lib/domain/wijkverbanden/core-team";
import type { PracticeState, ReviewMarker, Share } from "@/lib/domain/agreements/rules";
import type { RegionSummary } from "@/lib/domain/regions/service";

export type WijkverbandRef = { id: string; name: string; municipalityCode: string };
export type AgreementRow = {
  id: string;
  title: string;
  topic: string | null;
  wijkverband: WijkverbandRef;
  current: { versionNumber: number; effectiveDate: Date; reviewDate: Date | null; publishedAt: Date } | null;
  /** The number of the concept in preparation (coordinators only), else null. */
  conceptNumber: number | null;
  share: Share | null;
  review: ReviewMarker;
};

export type HolderAgreement = {
  agreementId: string;
  wijkverbandId: string;
  wijkverband: string;
  title: string;
  versionId: string;
  versionNumber: number;
  effectiveDate: Date;
  practiceId: string;
  practice: string;
  state: PracticeState;
  /** Days the practice has been asked, while open. */
  daysOpen: number | null;
};

export type HolderAgreements = {
  practices: { id: string; name: string }[];
  items: HolderAgreement[];
  toConfirm: number;
};

export type HolderDashboard = {
  region: RegionSummary;
  agreements: HolderAgreements;
  wijkverbanden: { id: string; name: string; practices: string[]; coreComplete: boolean; missing: CoreRole[] }[];
  initiatives: { id: string; title: string; phase: string; theme: string; via: string[] }[];
  /** Own practices whose registered-patient count is missing or older than 12 months. */
  stalePatientCounts: { id: string; name: string; asOf: Date | null }[];
};
