package org.hazwatch.platform.warning.rules;

import java.util.List;
import org.hazwatch.protocol.HazardSourceCode;

/**
 * What the model knows of one major hazard source (重大危险源) at the moment of assessment.
 *
 * @param level GB 18218 level 1 (一级) … 4 (四级); null when not graded
 */
public record SourceFacts(HazardSourceCode code, String name, Integer level, List<AlarmFact> alarms,
                          List<Prediction> predictions, List<CustodyFact> overdueCustody) {

    public SourceFacts {
        alarms = List.copyOf(alarms);
        predictions = List.copyOf(predictions);
        overdueCustody = List.copyOf(overdueCustody);
    }
}
