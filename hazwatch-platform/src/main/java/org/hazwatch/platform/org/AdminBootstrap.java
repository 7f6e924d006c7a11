package org.hazwatch.platform.org;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * On the first start, creates the platform admin {@code admin} with the password from
 * {@code hazwatch.admin-password} (environment: {@code HAZWATCH_ADMIN_PASSWORD}) or, when unset, a generated one
 * printed once to standard output. Later starts leave the account alone.
 */
@Component
class AdminBootstrap implements InitializingBean {

    static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountService accounts;
    private final String configuredPassword;

    private final PasswordChanges passwordChanges;

    AdminBootstrap(AccountService accounts, @Value("${hazwatch.admin-password:}") String configuredPassword,
                   PasswordChanges passwordChanges) {
        this.accounts = accounts;
        this.passwordChanges = passwordChanges;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void afterPropertiesSet() {
        boolean generated = !StringUtils.hasText(configuredPassword);
        String password = generated ? generatedPassword() : configuredPassword;
        if (!accounts.createIfAbsent(ADMIN, "平台管理员", password, Role.PLATFORM_ADMIN, null)) {
            return;
        }
        if (generated) {
            passwordChanges.requireChange(ADMIN);
            System.out.println("管理员 admin 初始密码 / initial admin password: " + password);
            log.info("created the platform admin 'admin' with a generated password (printed to standard output)");
        } else {
            log.info("created the platform admin 'admin' with the password from hazwatch.admin-password");
        }
    }

    private static String generatedPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
