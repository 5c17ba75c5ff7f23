import { sectionOf, type LocalizedText } from '@jisr/contracts';
import type { IntroductionRecord } from '../introductions/introduction';
import {
  isMatchableAdvisor,
  type AdvisorRecord,
  type ProgrammeRecord,
  type StartupRecord,
} from '../read-model/profile-records';
import {
  dimensionKeys,
  dimensionLabel,
  matchesFilter,
  type Dimension,
  type PipelineFilter,
} from './dimensions';
import { byStartup, funnelOf, type FunnelView } from './funnel';
import { progressByStartup, progressCounts, type ProgressCounts } from '../progress/progress-counts';
import type { StartupProgress } from '../progress/startup-progress';

/** Everything the views are computed from: one snapshot of the read model. */
export interface PipelineSnapshot {
  readonly startups: readonly StartupRecord[];
  readonly advisors: readonly AdvisorRecord[];
  readonly programmes: readonly ProgrammeRecord[];
  readonly introductions: readonly IntroductionRecord[];
  readonly progress: readonly StartupProgress[];
}

export interface BreakdownRow extends FunnelView {
  readonly key: string;
  readonly label: LocalizedText | null;
}

export interface AdvisorLoadRow {
  readonly advisorId: string;
  readonly displayName: string;
  readonly organisation: string;
  readonly capacity: number;
  readonly active: number;
  readonly open: number;
  readonly completed: number;
  readonly declined: number;
  readonly expired: number;
  /** Active introductions over capacity, 0..1 (1 when the advisor is full). */
  readonly utilisation: number;
  readonly paused: boolean;
}

export interface SectorResearchRow {
  readonly section: string;
  readonly label: LocalizedText | null;
  readonly startups: number;
  readonly verifiedStartups: number;
  /** Verified, active advisors naming a division of this section. */
  readonly advisors: number;
  readonly requests: number;
  readonly accepted: number;
  /** Accepted over answered (accepted + declined + expired); null before any answer. */
  readonly acceptanceRate: number | null;
  readonly averageRequestScore: number | null;
  /** Startups of the section with training, milestones and outcomes. */
  readonly progress: ProgressCounts;
}

const profiled = (startups: readonly StartupRecord[]): StartupRecord[] =>
  startups.filter((s) => s.profile !== null && !s.erased);

export const funnelView = (snapshot: PipelineSnapshot, filter: PipelineFilter): FunnelView =>
  funnelOf(
    profiled(snapshot.startups).filter((s) => matchesFilter(s, filter)),
    byStartup(snapshot.introductions),
    progressByStartup(snapshot.progress),
  );

export const breakdownView = (
  snapshot: PipelineSnapshot,
  by: Dimension,
  filter: PipelineFilter,
): BreakdownRow[] => {
  const groups = new Map<string, StartupRecord[]>();
  for (const startup of profiled(snapshot.startups).filter((s) => matchesFilter(s, filter))) {
    for (const key of dimensionKeys(by, startup.profile!)) {
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [startup]);
      else group.push(startup);
    }
  }
  const intros = byStartup(snapshot.introductions);
  const progress = progressByStartup(snapshot.progress);
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, startups]) => ({
      key,
      label: dimensionLabel(by, key, snapshot.programmes),
      ...funnelOf(startups, intros, progress),
    }));
};

export const advisorLoadView = (snapshot: PipelineSnapshot): AdvisorLoadRow[] => {
  const byAdvisor = new Map<string, IntroductionRecord[]>();
  for (const intro of snapshot.introductions) {
    const list = byAdvisor.get(intro.advisorId);
    if (list === undefined) byAdvisor.set(intro.advisorId, [intro]);
    else list.push(intro);
  }
  return snapshot.advisors
    .filter((a) => a.profile !== null && !a.erased && !a.deactivated)
    .map((advisor) => {
      const intros = byAdvisor.get(advisor.id) ?? [];
      const count = (test: (i: IntroductionRecord) => boolean): number => intros.filter(test).length;
      const capacity = advisor.profile!.capacity;
      const active = count((i) => i.state === 'accepted');
      return {
        advisorId: advisor.id,
        displayName: advisor.profile!.displayName,
        organisation: advisor.profile!.organisation,
        capacity,
        active,
        open: count((i) => i.state === 'requested' || i.state === 'info-requested'),
        completed: count((i) => i.state === 'completed'),
        declined: count((i) => i.state === 'declined'),
        expired: count((i) => i.state === 'expired'),
        utilisation: capacity === 0 ? 1 : Math.min(1, Math.round((active / capacity) * 100) / 100),
        paused: advisor.paused,
      };
    })
    .sort((a, b) => b.utilisation - a.utilisation || a.advisorId.localeCompare(b.advisorId));
};

export const sectorResearchView = (snapshot: PipelineSnapshot): SectorResearchRow[] => {
  const startups = profiled(snapshot.startups);
  const sectionOfStartup = new Map(startups.map((s) => [s.id, sectionOf(s.profile!.sector)]));
  const sections = new Set(sectionOfStartup.values());
  const advisors = snapshot.advisors.filter(isMatchableAdvisor);
  const progress = progressByStartup(snapshot.progress);
  return [...sections].sort().map((section) => {
    const inSection = startups.filter((s) => sectionOfStartup.get(s.id) === section);
    const requests = snapshot.introductions.filter((i) => sectionOfStartup.get(i.startupId) === section);
    const accepted = requests.filter((i) => i.acceptedAt !== null).length;
    const answered =
      accepted + requests.filter((i) => i.state === 'declined' || i.state === 'expired').length;
    const scoreSum = requests.reduce((sum, i) => sum + i.score, 0);
    return {
      section,
      label: dimensionLabel('sector', section, snapshot.programmes),
      startups: inSection.length,
      verifiedStartups: inSection.filter((s) => s.verification === 'verified').length,
      advisors: advisors.filter((a) => a.profile.sectors.some((d) => sectionOf(d) === section)).length,
      requests: requests.length,
      accepted,
      acceptanceRate: answered === 0 ? null : Math.round((accepted / answered) * 1000) / 1000,
      averageRequestScore: requests.length === 0 ? null : Math.round((scoreSum / requests.length) * 10) / 10,
      progress: progressCounts(
        inSection.map((s) => s.id),
        progress,
      ),
    };
  });
};
