import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create as createFont, type Font } from 'fontkit';

/**
 * The faces of a 执法文书, open-licensed (SIL Open Font License) and installed from npm with the
 * server, so a fresh clone renders the same PDF as production:
 *
 * - title (标题, GB/T 9704: 小标宋): Noto Serif SC Bold, a heavy 宋 face;
 * - body (正文, GB/T 9704: 仿宋): Noto Serif SC Regular. No open 仿宋 face is published on npm as a
 *   font file a server can load (朱雀仿宋 is published only as web-font slices, and not in the
 *   registry this project installs from); of the open faces that are, a 宋 face reads closest to
 *   the printed forms agencies use (宋体 is their usual second choice), a 楷 face (LXGW WenKai)
 *   would read as handwriting;
 * - heading (小标题, GB/T 9704 一级标题: 黑体): Noto Sans SC Medium.
 *
 * Each file is 10–15 MB; each is read and parsed once per process, and pdfkit embeds only the
 * glyphs a document uses (subsetting), so a PDF stays small.
 */
const require = createRequire(import.meta.url);

export const CJK_FONT_FILES = {
  regular: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
  heading: '@expo-google-fonts/noto-sans-sc/500Medium/NotoSansSC_500Medium.ttf',
} as const;

export interface CjkFonts {
  /** body text (仿宋's place) */
  regular: Font;
  /** titles and table labels (小标宋's place) */
  bold: Font;
  /** 小标题 (黑体's place) */
  heading: Font;
}

let cache: CjkFonts | null = null;

/**
 * The faces, parsed once per process: fontkit decodes a font's tables and glyphs lazily and
 * keeps what it decoded on the font object, so documents after the first reuse that work (each
 * document still gets its own subset of the glyphs it uses).
 */
export function cjkFonts(): CjkFonts {
  cache ??= {
    regular: createFont(readFileSync(require.resolve(CJK_FONT_FILES.regular))),
    bold: createFont(readFileSync(require.resolve(CJK_FONT_FILES.bold))),
    heading: createFont(readFileSync(require.resolve(CJK_FONT_FILES.heading))),
  };
  return cache;
}

type RunFonts = { ascii: string; hAnsi: string; eastAsia: string; cs: string };
const runFonts = (name: string): RunFonts => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });

/**
 * The fonts Word uses for the same text: the names an agency's computers have for the 公文
 * faces (GB/T 9704). The Word file does not embed fonts (Word cannot subset them, and each would
 * add megabytes to every file); where a face is missing, the font table names the face Windows
 * ships in its place (DOCX_FONT_TABLE).
 */
export const DOCX_FONT = {
  title: runFonts('方正小标宋简体'),
  body: runFonts('仿宋_GB2312'),
  heading: runFonts('黑体'),
  /** GB/T 9704: page numbers in 宋体 */
  pageNumber: runFonts('宋体'),
} as const;

/**
 * Entries of Word's font table (word/fontTable.xml) for those names: the alternate name is the
 * face every Chinese Windows has (宋体 for 方正小标宋简体, 仿宋 for 仿宋_GB2312; SimHei and SimSun are
 * the English names of 黑体 and 宋体); charset 86 is GB2312; the PDF's faces are the
 * open counterparts named in CJK_FONT_FILES.
 */
export const DOCX_FONT_TABLE = [
  { name: '方正小标宋简体', altName: '宋体', family: 'roman', pitch: 'variable' },
  { name: '仿宋_GB2312', altName: '仿宋', family: 'modern', pitch: 'fixed' },
  { name: '黑体', altName: 'SimHei', family: 'modern', pitch: 'fixed' },
  { name: '宋体', altName: 'SimSun', family: 'auto', pitch: 'variable' },
] as const;
