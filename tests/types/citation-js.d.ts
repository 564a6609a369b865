/**
 * The part of citation-js (0.8, shipped without types) that the tests use to read the citation
 * files back: typed once here.
 */
declare module '@citation-js/core' {
  /** A CSL-JSON item, as far as the tests read it. */
  export interface CslItem {
    readonly title?: string;
    readonly type?: string;
    readonly URL?: string;
    readonly 'event-title'?: string;
    readonly issued?: { readonly 'date-parts'?: readonly (readonly number[])[] };
    readonly [field: string]: unknown;
  }

  export class Cite {
    static async(input: string | object): Promise<Cite>;
    readonly data: CslItem[];
    /** With the default output format ("text"), a formatted bibliography or BibTeX is a string. */
    format(format: 'bibliography' | 'bibtex', options?: Readonly<Record<string, string>>): string;
  }
}
