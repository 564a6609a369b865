/**
 * The map registry: map modules register themselves by id (as Chart.js registers controllers),
 * and the build asks the registry for a map. Nothing is built until `build` is called.
 */
import { MapValidationError } from './errors.ts';
import type { MapId, MapModule, MapOptions, MapSummary } from './types.ts';
import { mapIds } from './types.ts';
import { assertMapWords, englishMapWords } from './words.ts';
import { sources } from '../data/sources.ts';

export class MapRegistry {
  readonly #modules = new Map<MapId, MapModule>();

  register(...modules: readonly MapModule[]): this {
    for (const m of modules) {
      if (this.#modules.has(m.id)) throw new MapValidationError(m.id, ['is registered twice']);
      this.#modules.set(m.id, m);
    }
    return this;
  }

  get(id: MapId): MapModule {
    const m = this.#modules.get(id);
    if (!m) throw new MapValidationError(id, ['no map module is registered under this id']);
    return m;
  }

  ids(): MapId[] {
    return mapIds.filter((id) => this.#modules.has(id));
  }

  /** Builds one map with the module's defaults, overridden by `options`. */
  build(id: MapId, options: Partial<MapOptions> = {}): MapSummary {
    const m = this.get(id);
    const words = options.words ?? englishMapWords;
    const lang = options.lang ?? 'en';
    if (options.words) assertMapWords(options.words, lang);
    return m.build({ ...m.defaults, ...options, words, lang, sources: options.sources ?? sources });
  }

  /** Builds every registered map, in the order of `mapIds`. */
  buildAll(options: Partial<MapOptions> = {}): ReadonlyMap<MapId, MapSummary> {
    return new Map(this.ids().map((id) => [id, this.build(id, options)]));
  }
}
