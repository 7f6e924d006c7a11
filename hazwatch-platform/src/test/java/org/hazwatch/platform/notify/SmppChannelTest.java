package org.hazwatch.platform.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hazwatch.platform.support.TcpPorts;
import org.hazwatch.sim.SmscSimulator;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SmppChannelTest {

    private final List<SmscSimulator.Sms> received = new CopyOnWriteArrayList<>();
    private SmscSimulator smsc;
    private SmppChannel channel;

    @BeforeEach
    void startSmsc() throws Exception {
        smsc = new SmscSimulator(TcpPorts.anyFree(), "hazwatch", "secret", received::add).start();
        channel = channel("secret", ChannelSettings.LongMessages.UDH);
    }

    @AfterEach
    void stop() {
        channel.destroy();
        smsc.close();
    }

    @Test
    void submitsAChineseTextInUcs2AndReturnsTheSmscMessageId() {
        Delivery delivery = channel.send(message("k1", "13800138000", "【红色预警】某化工厂储罐区液位高高报警，请立即处置。"));

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.DELIVERED);
        assertThat(received).singleElement().satisfies(sms -> {
            assertThat(sms.destination()).isEqualTo("13800138000");
            assertThat(sms.source()).isEqualTo("10690001");
            assertThat(sms.text()).isEqualTo("【红色预警】某化工厂储罐区液位高高报警，请立即处置。");
            assertThat(delivery.providerReference()).isEqualTo(sms.messageId());
        });
    }

    @Test
    void sendsALongTextAsConcatenatedPartsThatTheHandsetJoins() {
        String text = "预警".repeat(80) + "😀结束";

        Delivery delivery = channel.send(message("k2", "13800138000", text));

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.DELIVERED);
        assertThat(delivery.providerReference().split(",")).hasSize(3);
        assertThat(received).singleElement().extracting(SmscSimulator.Sms::text).isEqualTo(text);
    }

    @Test
    void canSendALongTextAsOneMessagePayload() {
        channel.destroy();
        channel = channel("secret", ChannelSettings.LongMessages.PAYLOAD);
        String text = "液位高高".repeat(50);

        Delivery delivery = channel.send(message("k3", "13800138000", text));

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.DELIVERED);
        assertThat(delivery.providerReference()).doesNotContain(",");
        assertThat(received).singleElement().extracting(SmscSimulator.Sms::text).isEqualTo(text);
    }

    @Test
    void aThrottledOrFailingSmscIsTriedAgainButABadNumberIsRefused() {
        smsc.answerWith(SMPPConstant.STAT_ESME_RTHROTTLED);
        assertThat(channel.send(message("k4", "13800138000", "测试")).outcome()).isEqualTo(Delivery.Outcome.RETRY);
        smsc.answerWith(SMPPConstant.STAT_ESME_RSYSERR);
        assertThat(channel.send(message("k4", "13800138000", "测试")).outcome()).isEqualTo(Delivery.Outcome.RETRY);
        smsc.answerWith(SMPPConstant.STAT_ESME_RINVDSTADR);
        Delivery refused = channel.send(message("k5", "not-a-number", "测试"));

        assertThat(refused.outcome()).isEqualTo(Delivery.Outcome.REJECTED);
        assertThat(refused.detail()).contains("0x0000000b");
        assertThat(received).isEmpty();
    }

    @Test
    void anSmscThatIsDownIsTriedAgainAndBoundAnewWhenItIsBackWithNothingLostOrDoubled() throws Exception {
        assertThat(channel.send(message("a", "13800138000", "第一条")).outcome()).isEqualTo(Delivery.Outcome.DELIVERED);

        smsc.stop();
        assertThat(channel.send(message("b", "13800138000", "第二条")).outcome()).isEqualTo(Delivery.Outcome.RETRY);
        assertThat(channel.send(message("b", "13800138000", "第二条")).outcome()).isEqualTo(Delivery.Outcome.RETRY);

        smsc.start();
        assertThat(channel.send(message("b", "13800138000", "第二条")).outcome())
                .isEqualTo(Delivery.Outcome.DELIVERED);
        assertThat(received).extracting(SmscSimulator.Sms::text).containsExactly("第一条", "第二条");
    }

    @Test
    void aRefusedBindIsTriedAgain() {
        channel.destroy();
        channel = channel("wrong", ChannelSettings.LongMessages.UDH);

        Delivery delivery = channel.send(message("k6", "13800138000", "测试"));

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.RETRY);
        assertThat(delivery.detail()).contains("bind");
    }

    private SmppChannel channel(String password, ChannelSettings.LongMessages longMessages) {
        var smpp = new ChannelSettings.SmsSmpp(true, "127.0.0.1", smsc.port(), "hazwatch", password, "", "10690001",
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, TypeOfNumber.UNKNOWN, NumberingPlanIndicator.ISDN,
                longMessages, Duration.ofSeconds(5), Duration.ofSeconds(3), Duration.ofSeconds(30));
        return new SmppChannel(ChannelSettingsFixture.with(smpp));
    }

    static OutgoingMessage message(String key, String address, String text) {
        return new OutgoingMessage(key, "sms-smpp", address, null, text, Instant.parse("2026-11-30T08:00:00Z"));
    }
}
