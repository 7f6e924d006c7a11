package org.hazwatch.platform.demo.inbox;

import java.io.IOException;
import java.time.Clock;
import org.hazwatch.sim.SmscSimulator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.ObjectMapper;

/**
 * The demo's receivers, on the ports {@link DemoInboxEnvironment} chose (so present only when it ran): they start
 * with the context and stop with it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "hazwatch.demo.inbox.smpp-port")
class DemoInboxConfiguration {

    @Bean(destroyMethod = "close")
    DemoInboxMailServer demoInboxMailServer(@Value("${hazwatch.demo.inbox.smtp-port}") int port) {
        return new DemoInboxMailServer(port).start();
    }

    @Bean
    DemoInbox demoInbox(Clock clock, DemoInboxMailServer mail) {
        return new DemoInbox(clock, mail);
    }

    @Bean(destroyMethod = "close")
    SmscSimulator demoInboxSmsc(@Value("${hazwatch.demo.inbox.smpp-port}") int port, DemoInbox inbox)
            throws IOException {
        return new SmscSimulator(port, DemoInboxEnvironment.SMPP_SYSTEM_ID, DemoInboxEnvironment.SMPP_PASSWORD,
                sms -> inbox.record("sms-smpp", sms.destination(), null, sms.text())).start();
    }

    @Bean(destroyMethod = "close")
    DemoInboxHttpServer demoInboxHttpServer(@Value("${hazwatch.demo.inbox.http-port}") int port, DemoInbox inbox,
                                            ObjectMapper json, Clock clock) throws IOException {
        return new DemoInboxHttpServer(port, inbox, json, clock).start();
    }
}
