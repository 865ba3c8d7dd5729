import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create as createFont, type Font } from 'fontkit';

/**
 * Noto Serif SC (a 宋体-style face, SIL Open Font License) from npm: Regular for text, Bold for
 * titles. Each file is ~14 MB; it is read once per process and pdfkit embeds only the glyphs a
 * document uses (subsetting), so a PDF stays small.
 */
const require = createRequire(import.meta.url);

export const CJK_FONT_FILES = {
  regular: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
} as const;

let cache: { regular: Font; bold: Font } | null = null;

/**
 * The two faces, parsed once per process: fontkit decodes a font's tables and glyphs lazily and
 * keeps what it decoded on the font object, so documents after the first reuse that work (each
 * document still gets its own subset of the glyphs it uses).
 */
export function cjkFonts(): { regular: Font; bold: Font } {
  cache ??= {
    regular: createFont(readFileSync(require.resolve(CJK_FONT_FILES.regular))),
    bold: createFont(readFileSync(require.resolve(CJK_FONT_FILES.bold))),
  };
  return cache;
}

/** The font family Word uses for the same text (宋体 is on every Chinese Windows; Noto Serif SC is its open counterpart). */
export const DOCX_FONT = { ascii: 'SimSun', hAnsi: 'SimSun', eastAsia: '宋体', cs: 'SimSun' } as const;
