package org.hazwatch.platform.org;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * The gateways' ingest ({@code /api/v1/ingest/**}, signed requests) and the actuator have chains of their own.
 * {@code /api/**}: stateless, HTTP Basic or bearer token, no CSRF (no cookie is ever read there, so a forged
 * cross-site request carries no credentials), JSON 401/403/429. Everything else: the web UI with form login, a
 * session and CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] PUBLIC_WEB = {"/login", "/error", "/actuator/health", "/actuator/health/**",
            "/css/**", "/js/**", "/webjars/**", "/geo/**", "/images/**", "/favicon.ico", "/v3/api-docs/**", "/swagger-ui/**",
            "/swagger-ui.html", "/public/**"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(AccountDetailsService accounts, PasswordEncoder encoder,
                                                LoginThrottle throttle, AuditLog audit,
                                                BasicCredentialCache basicChecks) {
        return new ProviderManager(new LoginAuthenticationProvider(accounts, encoder, throttle, audit, basicChecks));
    }

    /**
     * i-path (issue 17): the filter chains are not observed filter by filter (each filter of each request wrapped
     * in an observation was 3 % of a province run's samples, 500 ingest requests a second); every request is still
     * timed as a whole ({@code http_server_requests_*}), and logins and access decisions are still observed.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false).build();
    }

    @Bean
    ApiErrorWriter apiErrorWriter(ObjectMapper json, SecuritySettings settings) {
        return new ApiErrorWriter(json, settings);
    }

    /**
     * metrics (issue 20): the actuator's endpoints other than health and info (Prometheus scrapes, metrics) for
     * the platform admin only, by HTTP Basic or a bearer token like the API: 401 without credentials, 403 for
     * anyone else. The same chain guards them on a separate management port (management.server.port).
     */
    @Bean
    @Order(0)
    SecurityFilterChain actuatorChain(HttpSecurity http, AuthenticationManager manager, ApiErrorWriter errors,
                                      ApiTokens tokens, AccountDetailsService accounts,
                                      PasswordChanges passwordChanges) throws Exception {
        http.securityMatcher("/actuator/**")
                .authenticationManager(manager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().hasRole(Role.PLATFORM_ADMIN.name()))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.authenticationEntryPoint(errors)
                        .authenticationDetailsSource(LoginDetails.source(LoginDetails.Method.BASIC)))
                .addFilterBefore(new BearerTokenFilter(tokens, accounts, errors), BasicAuthenticationFilter.class)
                .addFilterBefore(new PasswordChangeGate(passwordChanges, errors), AuthorizationFilter.class)
                .exceptionHandling(handling -> handling.authenticationEntryPoint(errors).accessDeniedHandler(errors));
        return http.build();
    }

    /**
     * p-ingest (issue 17): the gateways' ingest (SPEC §10) authenticates every request by its HMAC signature in its
     * controller, so it needs none of the API chain's filters (Basic, bearer token, password gate, anonymous,
     * request cache, servlet API wrapping, authorization): a chain of its own with the firewall and the security
     * headers only. Under the province's load the API chain, every filter of it observed, cost about twice the
     * ingest's own work (JFR in docs/PERFORMANCE.md).
     */
    @Bean
    @Order(-1)
    SecurityFilterChain ingestChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/v1/ingest/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.disable())
                .securityContext(context -> context.disable())
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .servletApi(servletApi -> servletApi.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(handling -> handling.disable());
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager manager, ApiErrorWriter errors,
                                 ApiTokens tokens, AccountDetailsService accounts, PasswordChanges passwordChanges)
            throws Exception {
        http.securityMatcher("/api/**")
                .authenticationManager(manager)
                .authorizeHttpRequests(requests -> requests
                        // live video from gateways: each PUT is authenticated by its HMAC signature (SPEC §11)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/video/segments/**").permitAll()
                        // video-clips: event clips from gateways, signed the same way
                        .requestMatchers(HttpMethod.PUT, "/api/v1/video/clips/*/*").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
                        // cascade (SPEC §12): a city platform's requests, each authenticated by its HMAC signature
                        .requestMatchers(HttpMethod.POST, "/api/v1/cascade/enterprises", "/api/v1/cascade/alarms",
                                "/api/v1/cascade/warnings", "/api/v1/cascade/readings", "/api/v1/cascade/orders",
                                "/api/v1/cascade/patrols", "/api/v1/cascade/rectifications",
                                "/api/v1/cascade/quality-days", "/api/v1/cascade/bulletins")
                        .permitAll()
                        // cascade, c-minute (issue 15): rollups and the duty room's kinds, signed the same way
                        .requestMatchers(HttpMethod.POST, "/api/v1/cascade/rollups", "/api/v1/cascade/handling-steps",
                                "/api/v1/cascade/commitments", "/api/v1/cascade/custody-checks",
                                "/api/v1/cascade/filings")
                        .permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.authenticationEntryPoint(errors)
                        .authenticationDetailsSource(LoginDetails.source(LoginDetails.Method.BASIC)))
                .addFilterBefore(new BearerTokenFilter(tokens, accounts, errors), BasicAuthenticationFilter.class)
                // security (issue 19): a generated or reset password is changed before anything else
                .addFilterBefore(new PasswordChangeGate(passwordChanges, errors), AuthorizationFilter.class)
                .exceptionHandling(handling -> handling.authenticationEntryPoint(errors).accessDeniedHandler(errors));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, AuthenticationManager manager, HardeningSettings hardening,
                                 PasswordChanges passwordChanges, ApiErrorWriter errors) throws Exception {
        // security (issue 19): CSP, framing, referrer policy; a generated or reset password is changed first
        http.headers(SecurityHeaders.of(hardening))
                .addFilterBefore(new PasswordChangeGate(passwordChanges, errors), AuthorizationFilter.class);
        http.authenticationManager(manager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_WEB).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/")
                        .authenticationDetailsSource(LoginDetails.source(LoginDetails.Method.FORM))
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + (e instanceof LoginThrottledException ? "/login?locked" : "/login?error")))
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"));
        return http.build();
    }
}
