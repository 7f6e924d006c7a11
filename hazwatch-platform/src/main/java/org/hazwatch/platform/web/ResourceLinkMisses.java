package org.hazwatch.platform.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.web.context.support.ServletContextResource;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * Every link a page writes with {@code @{…}} passes through the resource chain as a link to a static file would (the
 * chain is on because webjars-locator-lite is there, so {@code /webjars/leaflet/dist/leaflet.css} is written with
 * its version): a link to a page ({@code @{/enterprises/}}, the menu's thirty) is looked up in each classpath location
 * of the {@code /**} handler, every jar of the classpath each time, and Spring's cache keeps only what it found. On a
 * province's overview under load that was a tenth of the platform's samples (issue 17). A path not found in the
 * classpath stays not found while the platform runs, so it is remembered here; only for handlers serving from the
 * classpath and the servlet context (the embedded server's empty document root that Boot adds to {@code /**}), not
 * from a directory an operator configured, which may gain files.
 */
final class ResourceLinkMisses extends AbstractResourceResolver {

    private static final int PATHS = 10_000;

    private final Cache<String, Boolean> misses = Caffeine.newBuilder().maximumSize(PATHS).build();

    /** Puts a resolver first in the link look-up of a handler serving from the classpath; false otherwise. */
    static boolean rememberFor(ResourceHttpRequestHandler handler) {
        if (handler.getLocations().isEmpty() || !handler.getLocations().stream()
                .allMatch(l -> l instanceof ClassPathResource || l instanceof ServletContextResource)) {
            return false;
        }
        handler.getResourceResolvers().add(0, new ResourceLinkMisses());
        return true;
    }

    @Override
    protected Resource resolveResourceInternal(HttpServletRequest request, String requestPath,
                                               List<? extends Resource> locations, ResourceResolverChain chain) {
        return chain.resolveResource(request, requestPath, locations);
    }

    @Override
    protected String resolveUrlPathInternal(String resourceUrlPath, List<? extends Resource> locations,
                                            ResourceResolverChain chain) {
        if (misses.getIfPresent(resourceUrlPath) != null) {
            return null;
        }
        String resolved = chain.resolveUrlPath(resourceUrlPath, locations);
        if (resolved == null) {
            misses.put(resourceUrlPath, Boolean.TRUE);
        }
        return resolved;
    }
}
