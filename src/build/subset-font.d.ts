/** Types for subset-font 2.9 (it ships none): hb-subset through harfbuzzjs' wasm build. */
declare module 'subset-font' {
  interface SubsetOptions {
    readonly targetFormat?: 'woff2' | 'woff' | 'sfnt' | 'truetype';
    readonly preserveNameIds?: readonly number[];
    readonly variationAxes?: Readonly<Record<string, number | { min: number; max: number; default?: number }>>;
  }
  export default function subsetFont(font: Uint8Array, text: string, options?: SubsetOptions): Promise<Buffer>;
}

/** Types for fontverter 2.0 (it ships none): converts between woff2, woff and sfnt. */
declare module 'fontverter' {
  const fontverter: {
    convert(font: Buffer, to: 'sfnt' | 'woff' | 'woff2' | 'truetype', from?: string): Promise<Buffer>;
  };
  export default fontverter;
}
