package org.hazwatch.platform.ingest;

import java.util.Collection;

/**
 * An enterprise's registered point codes, looked up by the characters of a body's {@code pointCode} as the JSON
 * parser holds them, so a batch's codes become the registry's own strings instead of a new string per reading:
 * nothing is allocated for a known code, its hash is the one the registry's maps already computed, and everything
 * downstream (the live values, the alarm engine, the trend windows) holds one string per point. Open addressing
 * with linear probing over a table at most half full; immutable once built.
 */
final class RegisteredCodes {

    /** No codes: every look-up misses, and the reader makes a string of the text as before. */
    static final RegisteredCodes NONE = new RegisteredCodes(java.util.List.of());

    private final String[] table;
    private final int mask;

    RegisteredCodes(Collection<String> codes) {
        int size = Integer.highestOneBit(Math.max(1, codes.size()) * 2) * 2;
        this.table = new String[size];
        this.mask = size - 1;
        for (String code : codes) {
            int slot = code.hashCode() & mask;
            while (table[slot] != null && !table[slot].equals(code)) {
                slot = (slot + 1) & mask;
            }
            table[slot] = code;
        }
    }

    /** The registered code spelled by {@code length} characters at {@code offset}, or null if none is. */
    String find(char[] chars, int offset, int length) {
        int h = 0;  // String.hashCode's sum, over the characters

        for (int i = offset; i < offset + length; i++) {
            h = 31 * h + chars[i];
        }
        for (int slot = h & mask; table[slot] != null; slot = (slot + 1) & mask) {
            if (spells(table[slot], chars, offset, length)) {
                return table[slot];
            }
        }
        return null;
    }

    /** Whether {@code length} characters at {@code offset} spell {@code code}. */
    static boolean spells(String code, char[] chars, int offset, int length) {
        if (code.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (code.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }
}
