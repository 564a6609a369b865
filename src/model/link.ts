/**
 * The deck's public address, as the resolved deck carries it when the build is given one
 * (`DECK_URL`): the address and its QR code (made at build time by src/qr/deck-link.ts), for every
 * rendering to place the same code (the title and closing slides, the PDF, the PowerPoint file).
 */
export interface QrCode {
  /** A standalone SVG (xmlns, viewBox in modules, 8 px a module by default), dark on white. */
  readonly svg: string;
  /** Modules per side, the 4-module quiet zone included. */
  readonly size: number;
  /** Rows of modules, true for dark, the quiet zone included. */
  readonly modules: readonly (readonly boolean[])[];
}

export interface DeckLink {
  /** The address as given (absolute http or https URL). */
  readonly url: string;
  /** The address as printed beside the code: no scheme, no trailing slash. */
  readonly display: string;
  readonly qr: QrCode;
}
