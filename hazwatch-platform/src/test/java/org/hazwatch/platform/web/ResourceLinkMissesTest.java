package org.hazwatch.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.support.ServletContextResource;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * A link to a page is looked up in the classpath once; a link to a static file is still resolved by the chain
 * behind (Spring's cache, the webjars' versions) every time, and a handler serving a directory is left alone.
 */
class ResourceLinkMissesTest {

    /** The classpath's look-up: finds only {@code css/hazwatch.css}, counting every question. */
    static final class Classpath implements ResourceResolver {
        final List<String> asked = new ArrayList<>();

        @Override
        public Resource resolveResource(HttpServletRequest request, String requestPath,
                                        List<? extends Resource> locations, ResourceResolverChain chain) {
            return null;
        }

        @Override
        public String resolveUrlPath(String resourcePath, List<? extends Resource> locations,
                                     ResourceResolverChain chain) {
            asked.add(resourcePath);
            return Set.of("css/hazwatch.css").contains(resourcePath) ? resourcePath : null;
        }
    }

    @Test
    void aPageLinkIsLookedUpOnceAndAFilesLinkEveryTime() {
        Classpath classpath = new Classpath();
        ResourceHttpRequestHandler handler = new ResourceHttpRequestHandler();
        handler.setLocations(List.of(new ClassPathResource("static/"),
                new ServletContextResource(new MockServletContext(), "/")));
        handler.setResourceResolvers(List.of(classpath));

        ResourceUrlProvider links = new ResourceUrlProvider();
        links.setHandlerMap(java.util.Map.of("/**", handler));

        assertThat(ResourceLinkMisses.rememberFor(handler)).isTrue();
        for (int page = 0; page < 3; page++) {
            assertThat(links.getForLookupPath("/enterprises/")).isNull();
            assertThat(links.getForLookupPath("/css/hazwatch.css")).isEqualTo("/css/hazwatch.css");
        }

        assertThat(classpath.asked).containsExactly("enterprises", "css/hazwatch.css", "css/hazwatch.css",
                "css/hazwatch.css");
    }

    @Test
    void aHandlerServingADirectoryIsLeftAlone() {
        ResourceHttpRequestHandler handler = new ResourceHttpRequestHandler();
        handler.setLocations(List.of(new ClassPathResource("static/"), new FileSystemResource("/srv/static/")));
        handler.setResourceResolvers(List.of(new Classpath()));

        assertThat(ResourceLinkMisses.rememberFor(handler)).isFalse();
        assertThat(handler.getResourceResolvers()).hasSize(1);
    }
}
