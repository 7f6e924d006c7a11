package org.hazwatch.platform.ingest.rules;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class IngestTopicTest {

    @Test
    void readsTheEnterpriseAndKindOfAnIngestTopic() {
        assertThat(IngestTopic.parse("hazwatch/v1/14052500001/readings"))
                .contains(new IngestTopic("14052500001", "readings"));
    }

    @Test
    void refusesTopicsOfAnyOtherShape() {
        assertThat(IngestTopic.parse("hazwatch/v1/14052500001")).isEmpty();
        assertThat(IngestTopic.parse("hazwatch/v1/14052500001/readings/extra")).isEmpty();
        assertThat(IngestTopic.parse("hazwatch/v1//readings")).isEmpty();
        assertThat(IngestTopic.parse("hazwatch/v2/14052500001/readings")).isEmpty();
        assertThat(IngestTopic.parse("hazwatch/v1/+/readings")).isEmpty();
        assertThat(IngestTopic.parse(null)).isEmpty();
    }

    @Test
    void aGatewayMayPublishOnlyUnderItsOwnEnterprise() {
        assertThat(IngestTopic.mayPublish("14052500001", "hazwatch/v1/14052500001/readings")).isTrue();
        assertThat(IngestTopic.mayPublish("14052500001", "hazwatch/v1/14052500002/readings")).isFalse();
        assertThat(IngestTopic.mayPublish("1405250000", "hazwatch/v1/14052500001/readings")).isFalse();
        assertThat(IngestTopic.mayPublish("14052500001", "hazwatch/v1/14052500001")).isFalse();
        assertThat(IngestTopic.mayPublish("14052500001", "hazwatch/v1/14052500001/#")).isFalse();
    }

    @Property
    void aGatewayMayPublishUnderAnotherEnterpriseNever(
            @ForAll @NumericChars @StringLength(11) String own, @ForAll @NumericChars @StringLength(11) String other,
            @ForAll @AlphaChars @StringLength(min = 1, max = 12) String kind) {
        String topic = "hazwatch/v1/" + other + "/" + kind;
        assertThat(IngestTopic.mayPublish(own, topic)).isEqualTo(own.equals(other));
        assertThat(IngestTopic.parse(topic)).contains(new IngestTopic(other, kind));
    }
}
