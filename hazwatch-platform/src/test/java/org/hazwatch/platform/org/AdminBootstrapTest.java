package org.hazwatch.platform.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class AdminBootstrapTest {

    final AccountService accounts = mock(AccountService.class);
    final PasswordChanges passwordChanges = mock(PasswordChanges.class);
    final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    PrintStream original;

    @BeforeEach
    void captureStandardOutput() {
        original = System.out;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStandardOutput() {
        System.setOut(original);
    }

    @Test
    void printsAGeneratedPasswordOnceWhenNoneIsConfigured() {
        ArgumentCaptor<String> password = ArgumentCaptor.forClass(String.class);
        when(accounts.createIfAbsent(eq("admin"), any(), password.capture(), eq(Role.PLATFORM_ADMIN), isNull()))
                .thenReturn(true);
        new AdminBootstrap(accounts, "", passwordChanges).afterPropertiesSet();
        assertThat(password.getValue()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(stdout.toString(StandardCharsets.UTF_8))
                .contains("管理员 admin 初始密码 / initial admin password: " + password.getValue());
        verify(passwordChanges).requireChange("admin");
    }

    @Test
    void printsNothingWhenTheAdminExists() {
        when(accounts.createIfAbsent(any(), any(), any(), any(), any())).thenReturn(false);
        new AdminBootstrap(accounts, "", passwordChanges).afterPropertiesSet();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void usesTheConfiguredPasswordAndNeverPrintsIt() {
        when(accounts.createIfAbsent(any(), any(), any(), any(), any())).thenReturn(true);
        new AdminBootstrap(accounts, "configured-secret", passwordChanges).afterPropertiesSet();
        verify(accounts).createIfAbsent("admin", "平台管理员", "configured-secret", Role.PLATFORM_ADMIN, null);
        assertThat(stdout.toString(StandardCharsets.UTF_8)).doesNotContain("configured-secret");
        verifyNoInteractions(passwordChanges);
    }
}
