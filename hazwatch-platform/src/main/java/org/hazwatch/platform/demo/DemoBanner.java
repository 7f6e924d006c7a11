package org.hazwatch.platform.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the person who ran {@code ./hazwatch demo} where to point the browser and how to log in. */
@Component
@ConditionalOnProperty(name = "hazwatch.mode", havingValue = "demo")
class DemoBanner {

    private final DemoProperties properties;

    DemoBanner(DemoProperties properties) {
        this.properties = properties;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        // set by the web server once it listens; absent in a mock web environment
        Integer port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", Integer.class);
        if (port != null) {
            System.out.println(text(port, properties.password()));
        }
    }

    static String text(int port, String password) {
        StringBuilder out = new StringBuilder()
                .append("\n========== hazwatch 演示 / demo ==========\n")
                .append("  网址 / web:     http://localhost:").append(port).append("/\n")
                .append("  健康 / health:  http://localhost:").append(port).append("/actuator/health\n")
                .append("  接口 / API:     http://localhost:").append(port).append("/swagger-ui.html\n")
                .append("  平台管理员 admin: 密码见首次启动输出或 HAZWATCH_ADMIN_PASSWORD\n")
                .append("  演示账号 / demo logins (密码 / password: ").append(password).append("):\n");
        for (DemoLogins.Login login : DemoLogins.ALL) {
            out.append(String.format("    %-14s %s%n", login.username(), login.displayName()));
        }
        return out.append("==========================================\n").toString();
    }
}
