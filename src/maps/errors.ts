/** Errors that name the map, so a failed build says which map and what is wrong. */
export class MapValidationError extends Error {
  override readonly name = 'MapValidationError';
  constructor(
    readonly mapId: string,
    readonly problems: readonly string[],
  ) {
    super(`map "${mapId}": ${problems.join('; ')}`);
  }
}

/** Throws one error listing every problem, or returns quietly. */
export function assertNoProblems(mapId: string, problems: readonly string[]): void {
  if (problems.length > 0) throw new MapValidationError(mapId, problems);
}
