import {
  caseWeightMinutes,
  DEFAULT_HORIZON_DAYS,
  type OfficerWorkload,
  type WorkloadSettings,
  type WorkloadStep,
  workingMinutesPerDay,
  workloadLevel,
} from '../cases/workload';

/** Open cases of one officer that share their remaining steps: what the workload rollup counts. */
export interface OpenWorkGroup {
  officerId: string;
  remainingSteps: readonly WorkloadStep[];
  cases: number;
}

/**
 * The coordinator's board (cases/workload.ts workloadBoard) from counted groups instead of one entry
 * per case: the same weights, capacity, levels and order, without listing a million cases.
 */
export function workloadFromGroups(
  officerIds: readonly string[],
  groups: readonly OpenWorkGroup[],
  settings: WorkloadSettings,
): OfficerWorkload[] {
  const capacity = workingMinutesPerDay(settings.calendar) * (settings.horizonDays ?? DEFAULT_HORIZON_DAYS);
  const totals = new Map(officerIds.map((id) => [id, { cases: 0, weight: 0 }]));
  for (const group of groups) {
    const total = totals.get(group.officerId);
    if (!total) continue;
    total.cases += group.cases;
    total.weight +=
      group.cases * caseWeightMinutes(group.remainingSteps, settings.calendar, settings.flexibleStepMinutes);
  }
  const board = [...totals].map(([officerId, total]): OfficerWorkload => {
    const ratio = capacity > 0 ? total.weight / capacity : total.weight > 0 ? Number.POSITIVE_INFINITY : 0;
    return {
      officerId,
      openCases: total.cases,
      weightMinutes: total.weight,
      capacityMinutes: capacity,
      ratio,
      level: workloadLevel(ratio, settings.overloadAbove, settings.underloadBelow),
    };
  });
  return board.sort(
    (a, b) => b.ratio - a.ratio || b.openCases - a.openCases || a.officerId.localeCompare(b.officerId),
  );
}
