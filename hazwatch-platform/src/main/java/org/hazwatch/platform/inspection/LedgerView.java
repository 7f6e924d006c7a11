package org.hazwatch.platform.inspection;

import java.util.List;

/** The rectification ledger (整改台账) of a jurisdiction or an enterprise for a filter. */
public record LedgerView(List<RectificationView> orders, List<PenaltyView> penalties,
                         List<OutsideBulletinView> bulletins, List<EnforcementFlagView> flags) {
}
