package org.hazwatch.platform.notify;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The test profile's stand-ins for an SMS gateway ({@code sms-test}) and a group robot ({@code robot-test}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "hazwatch.notify.test-channel", havingValue = "true")
class RecordingChannels {

    @Bean
    RecordingChannel smsTestChannel() {
        return new RecordingChannel("sms-test");
    }

    @Bean
    RecordingChannel robotTestChannel() {
        return new RecordingChannel("robot-test");
    }
}
