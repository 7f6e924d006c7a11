package org.hazwatch.protocol;

/** A code that begins with its enterprise's code (SPEC §2): a hazard source's, equipment's, point's or gateway's. */
public sealed interface CodeUnderEnterprise permits HazardSourceCode, EquipmentCode, PointCode, GatewayCode,
        CameraCode {

    String code();

    default EnterpriseCode enterprise() {
        return new EnterpriseCode(code().substring(0, Codes.ENTERPRISE_LENGTH));
    }
}
