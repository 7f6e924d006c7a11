package org.hazwatch.platform.notify.rules;

import java.util.Set;

/** One party of a notification and the media it is reached by; never empty. */
public record Route(Party party, Set<Medium> media) {

    public Route {
        media = Set.copyOf(media);
        if (media.isEmpty()) {
            throw new IllegalArgumentException("a route needs a medium");
        }
    }
}
