package org.hazwatch.platform.registry;

import java.util.List;

/** One page of a list, numbered from 0, with the total number of items. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
