/**
 * Top N groups (KIPP Malang: a Top 6 and a Top 3) from the official ranks: a team is in the Top N when
 * its rank is N or better. When teams sharing a rank straddle the edge, the group holds more than N
 * teams and is marked unsettled: the committee must resolve that tie before naming the group.
 */

/** KIPP Kota Malang names a Top 6 and a Top 3; an event's settings may name others. */
export const DEFAULT_TOP_GROUPS: readonly number[] = [6, 3];

export interface TopGroup {
  size: number;
  teamIds: string[];
  settled: boolean;
}

/** `ranked` in official order with each team's rank. */
export function topGroups(
  sizes: readonly number[],
  ranked: readonly { teamId: string; rank: number }[],
): TopGroup[] {
  return sizes.map((size) => {
    const teamIds = ranked.filter((r) => r.rank <= size).map((r) => r.teamId);
    return { size, teamIds, settled: teamIds.length <= size };
  });
}
