package org.hazwatch.platform.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CommittedCacheTest {

    final CommittedCache<String, String> cache = new CommittedCache<>(2);
    final AtomicInteger loads = new AtomicInteger();

    @Test
    void aKeptValueIsNotReadAgainUntilItIsForgotten() {
        assertThat(cache.get("a", this::load)).isEqualTo("a1");
        assertThat(cache.get("a", this::load)).isEqualTo("a1");
        cache.forget("a");
        assertThat(cache.get("a", this::load)).isEqualTo("a2");
    }

    @Test
    void aLoadThatRacedAForgetIsAnsweredButNotKept() {
        String raced = cache.get("a", key -> {
            cache.forget(key);
            return load(key);
        });

        assertThat(raced).isEqualTo("a1");
        assertThat(cache.get("a", this::load)).as("read again").isEqualTo("a2");
    }

    @Test
    void moreKeysThanTheBoundStartTheCacheAfresh() {
        cache.get("a", this::load);
        cache.get("b", this::load);
        cache.get("c", this::load);

        assertThat(cache.get("a", this::load)).isEqualTo("a4");
    }

    private String load(String key) {
        return key + loads.incrementAndGet();
    }
}
