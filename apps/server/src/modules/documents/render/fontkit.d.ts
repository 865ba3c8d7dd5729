// fontkit (pdfkit's own font parser) ships no types; the renderer only creates fonts and hands them to pdfkit.
declare module 'fontkit' {
  export interface Font {
    layout(text: string, features?: unknown): unknown;
    postscriptName: string;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
