package org.hazwatch.gateway;

import java.util.Locale;

/**
 * Where one point's value lies in a Modbus device and how it becomes engineering units (点位映射):
 * {@code value = raw * scale + offset}.
 *
 * @param unitId    the Modbus unit (slave) id, 0..255
 * @param table     holding registers (function 3) or input registers (function 4)
 * @param address   the 0-based register address as sent on the wire (register 40001 is holding address 0)
 * @param type      how the raw value is encoded in one or two registers
 * @param wordOrder for 32-bit types, which register holds the high word
 */
record RegisterMapping(String pointCode, int unitId, Table table, int address, Type type, WordOrder wordOrder,
                       double scale, double offset) {

    RegisterMapping {
        if (unitId < 0 || unitId > 255) {
            throw new IllegalArgumentException("unit id must be 0..255, not " + unitId);
        }
        if (address < 0 || address + type.registers() > 65_536) {
            throw new IllegalArgumentException("register address must be 0..65535, not " + address);
        }
        if (!Double.isFinite(scale) || !Double.isFinite(offset)) {
            throw new IllegalArgumentException("scale and offset must be finite numbers");
        }
    }

    /** The engineering value from the registers starting at this mapping's address. */
    double value(int[] registers) {
        return raw(registers) * scale + offset;
    }

    private double raw(int[] words) {
        return switch (type) {
            case INT16 -> (short) words[0];
            case UINT16 -> words[0] & 0xFFFF;
            case FLOAT32 -> {
                int high = wordOrder == WordOrder.BIG ? words[0] : words[1];
                int low = wordOrder == WordOrder.BIG ? words[1] : words[0];
                yield Float.intBitsToFloat((high & 0xFFFF) << 16 | (low & 0xFFFF));
            }
        };
    }

    /** The two register tables a gateway reads. */
    enum Table {
        HOLDING, INPUT;

        static Table of(String text) {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        }
    }

    /** Encodings of a value in registers. */
    enum Type {
        INT16(1), UINT16(1), FLOAT32(2);

        private final int registers;

        Type(int registers) {
            this.registers = registers;
        }

        int registers() {
            return registers;
        }

        static Type of(String text) {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        }
    }

    /**
     * For 32-bit values: {@code BIG} = high word in the lower address ("ABCD", Modbus's own big-endian order),
     * {@code LITTLE} = low word first ("CDAB", word-swapped, common in PLCs).
     */
    enum WordOrder {
        BIG, LITTLE;

        static WordOrder of(String text) {
            return text.isBlank() ? BIG : valueOf(text.strip().toUpperCase(Locale.ROOT));
        }
    }
}
