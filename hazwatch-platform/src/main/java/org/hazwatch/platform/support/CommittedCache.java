package org.hazwatch.platform.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A feature's cache of what it reads from its own tables, kept until the feature itself writes there: the writer calls
 * {@link #forget} inside its transaction, and the entry is forgotten then and again once that transaction has ended,
 * so no reader keeps what a transaction not yet committed made stale. A load that raced a forget is answered but not
 * kept. Every write of the table must go through the owner (as with the registry's read model), which is why no
 * entry expires. Issue 17: the warning model assesses thousands of enterprises a minute from these.
 *
 * @param <K> the key, usually an enterprise code
 * @param <V> the value read; never null (use an empty value)
 */
public final class CommittedCache<K, V> {

    private final Map<K, V> values = new ConcurrentHashMap<>();
    private final int maxEntries;
    private long forgets;

    /** @param maxEntries more keys than this and the cache starts afresh (a bound on memory, not an expiry) */
    public CommittedCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    public V get(K key, Function<K, V> load) {
        V value = values.get(key);
        if (value != null) {
            return value;
        }
        long before;
        synchronized (this) {
            before = forgets;
        }
        value = load.apply(key);
        synchronized (this) {
            if (forgets == before) {
                if (values.size() >= maxEntries) {
                    values.clear();
                }
                values.put(key, value);
            }
        }
        return value;
    }

    /** Forgets the key now and, inside a transaction, again when it has ended (committed or rolled back). */
    public void forget(K key) {
        drop(key);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    drop(key);
                }
            });
        }
    }

    /** Forgets everything, with the same care as {@link #forget}. */
    public void forgetAll() {
        dropAll();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    dropAll();
                }
            });
        }
    }

    private synchronized void drop(K key) {
        forgets++;
        values.remove(key);
    }

    private synchronized void dropAll() {
        forgets++;
        values.clear();
    }
}
