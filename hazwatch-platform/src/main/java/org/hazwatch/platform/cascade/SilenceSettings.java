package org.hazwatch.platform.cascade;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * On a province, {@code hazwatch.cascade.silent-after}: how long a registered city may go unheard before its
 * data-quality alarm (市级平台数据中断) is raised; unset, {@link org.hazwatch.platform.cascade.rules.CitySilence}'s
 * 10 minutes. How often it is checked is {@code hazwatch.cascade.silence-check} (15 s).
 */
@ConfigurationProperties("hazwatch.cascade")
record SilenceSettings(Duration silentAfter) {
}
