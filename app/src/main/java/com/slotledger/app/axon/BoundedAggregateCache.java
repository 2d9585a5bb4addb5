package com.slotledger.app.axon;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A least-recently-used aggregate cache with a fixed number of entries.
 * <p>
 * Why not Axon's WeakReferenceCache: nothing holds an aggregate between two commands, so every young collection
 * emptied it and most commands (about two in three under load) read their stream again, two more round trips to
 * PostgreSQL each. Correctness does not rest on the cache: a decision on a stale entry fails on the event table's
 * unique key, the rollback evicts the entry and the retry loads fresh state.
 */
final class BoundedAggregateCache implements Cache {

    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<Object, Object> entries;

    BoundedAggregateCache(int maxEntries) {
        this.entries = new LinkedHashMap<>(Math.min(maxEntries, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                boolean full = size() > maxEntries;
                if (full) {
                    listeners.forEach(listener -> listener.onEntryExpired(eldest.getKey()));
                }
                return full;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <K, V> V get(K key) {
        V value = (V) entries.get(key);
        if (value != null) {
            listeners.forEach(listener -> listener.onEntryRead(key, value));
        }
        return value;
    }

    @Override
    public synchronized void put(Object key, Object value) {
        Object previous = entries.put(key, value);
        listeners.forEach(listener -> {
            if (previous == null) {
                listener.onEntryCreated(key, value);
            } else {
                listener.onEntryUpdated(key, value);
            }
        });
    }

    @Override
    public synchronized boolean putIfAbsent(Object key, Object value) {
        if (entries.containsKey(key)) {
            return false;
        }
        put(key, value);
        return true;
    }

    /** The supplier runs outside the lock: it may load from the database. */
    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        T current = get(key);
        if (current != null) {
            return current;
        }
        T created = valueSupplier.get();
        if (created == null) {
            throw new IllegalArgumentException("the supplier produced no value for " + key);
        }
        synchronized (this) {
            T raced = (T) entries.get(key);
            if (raced != null) {
                return raced;
            }
            put(key, created);
            return created;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        V current = (V) entries.get(key);
        if (current == null) {
            return;
        }
        V updated = update.apply(current);
        if (updated == null) {
            remove(key);
        } else {
            put(key, updated);
        }
    }

    @Override
    public synchronized boolean remove(Object key) {
        boolean removed = entries.remove(key) != null;
        if (removed) {
            listeners.forEach(listener -> listener.onEntryRemoved(key));
        }
        return removed;
    }

    @Override
    public synchronized void removeAll() {
        List.copyOf(entries.keySet()).forEach(this::remove);
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
