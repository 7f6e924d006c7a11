package org.hazwatch.platform.ingest.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazwatch.testing.PropertyCheck.forAll;

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

    record Publication(String own, String other, String kind) {
    }

    @Test
    void aGatewayMayPublishUnderAnotherEnterpriseNever() {
        String digits = "0123456789";
        String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        forAll(c -> new Publication(c.string(11, 11, digits), c.string(11, 11, digits), c.string(1, 12, letters)),
                p -> {
                    String topic = "hazwatch/v1/" + p.other() + "/" + p.kind();
                    assertThat(IngestTopic.mayPublish(p.own(), topic)).isEqualTo(p.own().equals(p.other()));
                    assertThat(IngestTopic.parse(topic)).contains(new IngestTopic(p.other(), p.kind()));
                });
    }
}
