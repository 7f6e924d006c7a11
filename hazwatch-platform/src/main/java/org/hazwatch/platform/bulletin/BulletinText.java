package org.hazwatch.platform.bulletin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Keeps a bulletin's text the text it is. Noto Sans SC draws 月 (U+6708) and the Kangxi radical ⽉ (U+2F49) with
 * one glyph, and PDFBox writes the lowest code of a glyph into the PDF's ToUnicode map, so copying or indexing the
 * PDF (pdftotext, a search) would give ⽉, ⻛, ⼯ for 月, 风, 工. This rewrites the map of the embedded font to the
 * unified ideograph wherever the font has one for the glyph: radicals (U+2E80–U+2FDF) and compatibility ideographs
 * (U+F900–U+FAFF) are never what a bulletin means. PDFBox's subset keeps the original glyph ids as CIDs.
 */
final class BulletinText {

    private static volatile Map<Integer, Integer> unified;

    private BulletinText() {
    }

    static byte[] withUnifiedIdeographs(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Set<COSDictionary> done = new HashSet<>();
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    if (font instanceof PDType0Font type0 && font.getName() != null
                            && font.getName().contains("NotoSansSC") && done.add(type0.getCOSObject())) {
                        rewrite(doc, type0);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void rewrite(PDDocument doc, PDType0Font font) throws IOException {
        Map<Integer, Integer> better = unified();
        StringBuilder entries = new StringBuilder();
        int inBlock = 0;
        StringBuilder cmap = new StringBuilder("""
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Adobe-Identity-UCS def
                /CMapType 2 def
                1 begincodespacerange
                <0000> <FFFF>
                endcodespacerange
                """);
        for (int cid = 0; cid <= 0xFFFF; cid++) {
            String text = font.toUnicode(cid);
            if (text == null || text.isEmpty()) {
                continue;
            }
            int first = text.codePointAt(0);
            if (misread(first) && better.containsKey(cid)) {
                text = new String(Character.toChars(better.get(cid)));
            }
            entries.append(String.format("<%04X> <%s>%n", cid, utf16(text)));
            if (++inBlock == 100) {
                cmap.append("100 beginbfchar\n").append(entries).append("endbfchar\n");
                entries.setLength(0);
                inBlock = 0;
            }
        }
        if (inBlock > 0) {
            cmap.append(inBlock).append(" beginbfchar\n").append(entries).append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        PDStream stream = new PDStream(doc);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
        }
        font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
    }

    private static boolean misread(int codePoint) {
        return (codePoint >= 0x2E80 && codePoint <= 0x2FDF) || (codePoint >= 0xF900 && codePoint <= 0xFAFF);
    }

    /** Glyph id → the lowest code point of the glyph that is not a radical or compatibility ideograph. */
    private static Map<Integer, Integer> unified() throws IOException {
        Map<Integer, Integer> map = unified;
        if (map == null) {
            CmapLookup cmap = new TTFParser().parse(new RandomAccessReadBuffer(BulletinFont.bytes()))
                    .getUnicodeCmapLookup();
            map = new HashMap<>();
            for (int cp = 0x3400; cp <= 0x9FFF; cp++) {
                int gid = cmap.getGlyphId(cp);
                if (gid > 0) {
                    map.putIfAbsent(gid, cp);
                }
            }
            unified = map;
        }
        return map;
    }

    private static String utf16(String text) {
        StringBuilder hex = new StringBuilder();
        for (char c : text.toCharArray()) {
            hex.append(String.format("%04X", (int) c));
        }
        return hex.toString();
    }
}
