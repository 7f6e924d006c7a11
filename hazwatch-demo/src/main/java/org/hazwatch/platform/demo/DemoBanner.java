package org.hazwatch.platform.demo;

import java.net.URI;
import org.hazwatch.platform.ingest.MqttEndpoint;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the person who ran {@code ./hazwatch demo} where to point the browser, where gateways publish over MQTT
 * and how to log in.
 */
@Component
@ConditionalOnProperty(name = "hazwatch.mode", havingValue = "demo")
class DemoBanner {

    private final DemoProperties properties;
    private final ObjectProvider<MqttEndpoint> mqtt;

    DemoBanner(DemoProperties properties, ObjectProvider<MqttEndpoint> mqtt) {
        this.properties = properties;
        this.mqtt = mqtt;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        // set by the web server once it listens; absent in a mock web environment
        var environment = event.getApplicationContext().getEnvironment();
        Integer port = environment.getProperty("local.server.port", Integer.class);
        if (port != null) {
            MqttEndpoint endpoint = mqtt.getIfAvailable();
            // the demo receivers run when DemoInboxEnvironment chose their ports (hazwatch.demo.inbox is not false)
            boolean inbox = environment.containsProperty("hazwatch.demo.inbox.smpp-port");
            System.out.println(text(port, endpoint == null ? null : endpoint.brokerUrl(), properties.password(),
                    inbox));
        }
    }

    /**
     * @param mqtt  the MQTT broker's address, {@code null} when MQTT ingest is off
     * @param inbox whether the demo's message receivers run
     */
    static String text(int port, URI mqtt, String password, boolean inbox) {
        StringBuilder out = new StringBuilder()
                .append("\n========== hazwatch 演示 / demo ==========\n")
                .append("  网址 / web:     http://localhost:").append(port).append("/\n")
                .append("  健康 / health:  http://localhost:").append(port).append("/actuator/health\n")
                .append("  接口 / API:     http://localhost:").append(port).append("/swagger-ui.html\n");
        if (inbox) {
            out.append("  演示消息收件箱 / demo inbox: http://localhost:").append(port).append("/api/v1/demo/inbox")
                    .append("  (短信、钉钉、企业微信、邮件 / SMS, DingTalk, WeCom, e-mail)\n");
        }
        if (mqtt != null) {
            out.append("  MQTT:           ").append(mqtt)
                    .append("  (网关 / gateways: 用户名 = 网关编码 gateway code, 密码 = 密钥 secret)\n");
        }
        out.append("  平台管理员 admin: 密码见首次启动输出或 HAZWATCH_ADMIN_PASSWORD\n")
                .append("  演示账号 / demo logins (密码 / password: ").append(password).append("):\n");
        for (DemoLogins.Login login : DemoLogins.ALL) {
            out.append(String.format("    %-14s %s%n", login.username(), login.displayName()));
        }
        return out.append("==========================================\n").toString();
    }
}
