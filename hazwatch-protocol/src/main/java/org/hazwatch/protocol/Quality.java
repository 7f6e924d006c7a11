package org.hazwatch.protocol;

/**
 * The quality a gateway reports with a reading (数据质量标志). The three classes are OPC UA's major status codes
 * (Good, Uncertain, Bad) and Modbus/DCS gateways map onto them: {@code BAD} for a failed read or an instrument in
 * fault, {@code UNCERTAIN} for a value the source itself doubts (substituted, manual, over range, stale).
 */
public enum Quality {
    GOOD,
    UNCERTAIN,
    BAD
}
