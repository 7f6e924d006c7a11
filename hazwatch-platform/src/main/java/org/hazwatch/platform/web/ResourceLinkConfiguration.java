package org.hazwatch.platform.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * Links to pages no longer search the classpath on every page ({@link ResourceLinkMisses}); as Spring's own cache of
 * resolved links, only while {@code spring.web.resources.chain.cache} is on (the default).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.web.resources.chain.cache", havingValue = "true", matchIfMissing = true)
class ResourceLinkConfiguration {

    @Bean
    static BeanPostProcessor resourceLinkMisses() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof AbstractUrlHandlerMapping mapping) {
                    mapping.getHandlerMap().values().stream().filter(ResourceHttpRequestHandler.class::isInstance)
                            .forEach(h -> ResourceLinkMisses.rememberFor((ResourceHttpRequestHandler) h));
                }
                return bean;
            }
        };
    }
}
