package org.hazwatch.platform.notify;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hazwatch.platform.notify.rules.HttpSmsTemplate;
import org.hazwatch.platform.support.TcpPorts;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * In the demo ({@code hazwatch.mode=demo}, unless {@code hazwatch.demo.inbox=false}) every notification channel is
 * pointed at a receiver inside the platform — an SMSC, a fake SMS gateway and robot webhooks, an SMTP server on
 * free ports — before any bean is built, so the demo sends for real and shows what each channel received
 * ({@link DemoInbox}). These settings win over the configuration files: in the demo, messages go nowhere else.
 */
public class DemoInboxEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String ROBOT = "演示值班群";
    static final String SMPP_SYSTEM_ID = "hazwatch";
    static final String SMPP_PASSWORD = "demo2026"; // SMPP 3.4 §5.2.4: at most 8 octets
    static final String DINGTALK_SECRET = "SECdemo-inbox";
    static final String ALIYUN_STYLE_BODY = """
            {"PhoneNumbers":"${phone}","SignName":"hazwatch演示","TemplateCode":"SMS_DEMO",\
            "TemplateParam":"{\\"text\\":\\"${text|json}\\"}","OutId":"${idempotencyKey}"}""";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!"demo".equalsIgnoreCase(environment.getProperty("hazwatch.mode"))
                || !environment.getProperty("hazwatch.demo.inbox", Boolean.class, true)) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("demoInbox",
                settings(TcpPorts.anyFree(), TcpPorts.anyFree(), TcpPorts.anyFree())));
    }

    static Map<String, Object> settings(int smppPort, int httpPort, int smtpPort) {
        String http = "http://127.0.0.1:" + httpPort;
        String robotPath = "/" + HttpSmsTemplate.url(ROBOT);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("hazwatch.demo.inbox.smpp-port", smppPort);
        settings.put("hazwatch.demo.inbox.http-port", httpPort);
        settings.put("hazwatch.demo.inbox.smtp-port", smtpPort);
        String smpp = "hazwatch.notify.channels.sms-smpp.";
        settings.put(smpp + "enabled", true);
        settings.put(smpp + "host", "127.0.0.1");
        settings.put(smpp + "port", smppPort);
        settings.put(smpp + "system-id", SMPP_SYSTEM_ID);
        settings.put(smpp + "password", SMPP_PASSWORD);
        settings.put(smpp + "source-address", "10690001");
        String sms = "hazwatch.notify.channels.sms-http.";
        settings.put(sms + "enabled", true);
        settings.put(sms + "url", http + "/sms");
        settings.put(sms + "body", ALIYUN_STYLE_BODY);
        settings.put(sms + "code-pointers[0]", "/Code");
        settings.put(sms + "success-code", "OK");
        settings.put(sms + "retry-codes[0]", "isv.BUSINESS_LIMIT_CONTROL");
        settings.put(sms + "reference-pointer", "/BizId");
        settings.put(sms + "message-pointer", "/Message");
        String dingtalk = "hazwatch.notify.channels.dingtalk.";
        settings.put(dingtalk + "enabled", true);
        settings.put(dingtalk + "robots[0].name", ROBOT);
        settings.put(dingtalk + "robots[0].url", http + "/dingtalk" + robotPath + "?access_token=demo");
        settings.put(dingtalk + "robots[0].secret", DINGTALK_SECRET);
        String wecom = "hazwatch.notify.channels.wecom.";
        settings.put(wecom + "enabled", true);
        settings.put(wecom + "robots[0].name", ROBOT);
        settings.put(wecom + "robots[0].url", http + "/wecom" + robotPath + "?key=demo");
        settings.put("spring.mail.host", "127.0.0.1");
        settings.put("spring.mail.port", smtpPort);
        settings.put("hazwatch.notify.channels.email.enabled", true);
        settings.put("hazwatch.notify.channels.email.from", "hazwatch-demo@localhost");
        return settings;
    }

    @Override
    public int getOrder() {
        // after the configuration files are read, so hazwatch.mode from application.yml or the command line counts
        return Ordered.LOWEST_PRECEDENCE;
    }
}
