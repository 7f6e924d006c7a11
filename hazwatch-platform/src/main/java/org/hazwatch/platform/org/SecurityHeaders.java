package org.hazwatch.platform.org;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The console's security headers (等保 2.0): a Content-Security-Policy with no inline script (styles may be inline:
 * the pages' few style attributes and htmx's indicator style), no framing but of the large screen, nosniff (Spring
 * Security's default), a referrer policy.
 */
final class SecurityHeaders {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            // live video (SPEC §11): hls.js feeds the <video> element through a MediaSource blob URL
            + "media-src 'self' blob:; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors ";

    private SecurityHeaders() {
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> of(HardeningSettings settings) {
        RequestMatcher screen = PathPatternRequestMatcher.withDefaults().matcher("/screen");
        RequestMatcher notScreen = new NegatedRequestMatcher(screen);
        return headers -> headers
                .frameOptions(frames -> frames.disable())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(notScreen,
                        new StaticHeadersWriter("Content-Security-Policy", POLICY + "'none'")))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(notScreen,
                        new StaticHeadersWriter("X-Frame-Options", "DENY")))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(screen,
                        new StaticHeadersWriter("Content-Security-Policy",
                                POLICY + settings.screenFrameAncestors())));
    }
}
