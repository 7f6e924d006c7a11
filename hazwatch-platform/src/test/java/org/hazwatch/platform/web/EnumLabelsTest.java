package org.hazwatch.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class EnumLabelsTest {

    private final ResourceBundleMessageSource bundles = bundles();

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasename("messages");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        bundles.setParentMessageSource(new EnumLabels());
        return bundles;
    }

    @Test
    void zhCnPagesShowTheNamesKeptOnTheEnums() {
        assertThat(bundles.getMessage("alarm.severity.HH", null, Locale.SIMPLIFIED_CHINESE)).isEqualTo("高高报");
        assertThat(bundles.getMessage("band.L", null, Locale.SIMPLIFIED_CHINESE)).isEqualTo("低报");
        assertThat(bundles.getMessage("custody.role.TECHNICAL", null, Locale.SIMPLIFIED_CHINESE)).isEqualTo("技术负责人");
        assertThat(bundles.getMessage("filing.type.MAINTENANCE", null, Locale.SIMPLIFIED_CHINESE)).isEqualTo("检维修");
    }

    @Test
    void englishPagesStillFindTheirOwnNames() {
        assertThat(bundles.getMessage("alarm.severity.HH", null, Locale.ENGLISH)).isEqualTo("High-high");
        assertThat(bundles.getMessage("filing.type.MAINTENANCE", null, Locale.ENGLISH)).isEqualTo("Maintenance");
    }

    @Test
    void theBundlesKeepWhatIsNotAnEnumsName() {
        assertThat(bundles.getMessage("band.NORMAL", null, Locale.SIMPLIFIED_CHINESE)).isEqualTo("正常");
        assertThat(new EnumLabels().getMessage("band.NORMAL", null, "—", Locale.SIMPLIFIED_CHINESE)).isEqualTo("—");
    }
}
