package org.hazwatch.platform.quality;

/** A point registered but never connected (应接尽接): no reading of it was ever stored. */
public record NeverConnectedPoint(String enterpriseCode, String enterpriseName, String pointCode, String pointName,
                                  String kind, String unit) {
}
