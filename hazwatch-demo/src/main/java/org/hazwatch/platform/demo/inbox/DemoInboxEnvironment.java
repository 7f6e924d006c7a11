package org.hazwatch.platform.demo.inbox;

import java.util.LinkedHashMap;
import java.util.List;
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

    static final String DINGTALK_ROBOT = "演示钉钉值班群";
    static final String WECOM_ROBOT = "演示企业微信值班群";
    /** The demo robots post what concerns any node under this path (the whole demo province). */
    static final String ROBOT_JURISDICTION = "140000/";
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
        List<Integer> ports = TcpPorts.freeListeningPorts(3);
        environment.getPropertySources().addFirst(new MapPropertySource("demoInbox",
                settings(ports.get(0), ports.get(1), ports.get(2))));
    }

    static Map<String, Object> settings(int smppPort, int httpPort, int smtpPort) {
        String http = "http://127.0.0.1:" + httpPort;
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("hazwatch.demo.inbox.smpp-port", smppPort);
        // the demo's SMS go over SMPP to its SMSC (the HTTP gateway stays configured as the fallback)
        settings.put("hazwatch.notify.sms-channels[0]", "sms-smpp");
        settings.put("hazwatch.notify.sms-channels[1]", "sms-http");
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
        robot(settings, 0, "dingtalk", DINGTALK_ROBOT,
                http + "/dingtalk/" + HttpSmsTemplate.url(DINGTALK_ROBOT) + "?access_token=demo", DINGTALK_SECRET);
        robot(settings, 1, "wecom", WECOM_ROBOT,
                http + "/wecom/" + HttpSmsTemplate.url(WECOM_ROBOT) + "?key=demo", null);
        // the e-mail channel is on when Spring Boot has a mail sender, i.e. when spring.mail.host is set
        settings.put("spring.mail.host", "127.0.0.1");
        settings.put("spring.mail.port", smtpPort);
        return settings;
    }

    /**
     * A robot ({@code hazwatch.notify.robots}: its channel, webhook, secret and which jurisdiction's notifications
     * it posts), its channel switched on.
     */
    private static void robot(Map<String, Object> settings, int index, String channel, String name, String url,
                              String secret) {
        settings.put("hazwatch.notify.channels." + channel + ".enabled", true);
        String robot = "hazwatch.notify.robots[" + index + "].";
        settings.put(robot + "name", name);
        settings.put(robot + "channel", channel);
        settings.put(robot + "url", url);
        settings.put(robot + "jurisdiction", ROBOT_JURISDICTION);
        if (secret != null) {
            settings.put(robot + "secret", secret);
        }
    }

    @Override
    public int getOrder() {
        // after the configuration files are read, so hazwatch.mode from application.yml or the command line counts
        return Ordered.LOWEST_PRECEDENCE;
    }
}
