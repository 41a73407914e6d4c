package dev.paperdigest.pipeline;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A 128-bit hash of a page model (records, lists, maps, strings, numbers, booleans) computed by
 * walking it, without building its text: two models with equal content hash equally, and a change
 * anywhere changes the hash with overwhelming probability. Thread-safe.
 */
final class ModelHash {
    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

    private long a = 0xcbf29ce484222325L;
    private long b = 0x84222325cbf29ce4L;
    private final Map<Object, long[]> known;

    private ModelHash(Map<Object, long[]> known) {
        this.known = known;
    }

    static String of(Object model) {
        return of(model, Map.of());
    }

    /**
     * As {@link #of(Object)}, taking the hash of any object in {@code known} (an identity map of
     * values many pages share, such as papers, made with {@link #known}) instead of walking it again.
     */
    static String of(Object model, Map<Object, long[]> known) {
        ModelHash h = new ModelHash(known);
        h.add(model);
        return Long.toHexString(h.a) + Long.toHexString(h.b);
    }

    /** The hashes of {@code values}, computed in parallel, by identity: for {@link #of(Object, Map)}. */
    static Map<Object, long[]> known(List<?> values) {
        long[][] hashes = new long[values.size()][];
        java.util.stream.IntStream.range(0, values.size()).parallel().forEach(i -> {
            ModelHash h = new ModelHash(Map.of());
            h.add(values.get(i));
            hashes[i] = new long[]{h.a, h.b};
        });
        Map<Object, long[]> out = new java.util.IdentityHashMap<>(values.size() * 2);
        for (int i = 0; i < hashes.length; i++) out.put(values.get(i), hashes[i]);
        return out;
    }

    private void mix(long v) {
        a = (a ^ v) * 0x100000001b3L;
        b = Long.rotateLeft(b ^ (v * 0x9e3779b97f4a7c15L), 31) * 0xbf58476d1ce4e5b9L;
    }

    private void add(Object o) {
        long[] k = known.isEmpty() || o == null ? null : known.get(o);
        if (k != null) {
            mix(8);
            mix(k[0]);
            mix(k[1]);
        } else if (o == null) {
            mix(1);
        } else if (o instanceof String s) {
            mix(2);
            int n = s.length();
            mix(n);
            // four chars per step: a string is most of what a page's inputs hold
            int i = 0;
            for (; i + 4 <= n; i += 4) {
                mix(s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32 | (long) s.charAt(i + 3) << 48);
            }
            for (; i < n; i++) mix(s.charAt(i));
        } else if (o instanceof Number || o instanceof Boolean || o instanceof Character) {
            mix(3);
            add(o.toString());
        } else if (o instanceof List<?> l) {
            mix(4);
            mix(l.size());
            for (Object x : l) add(x);
        } else if (o instanceof Map<?, ?> m) {
            mix(5);
            mix(m.size());
            for (Map.Entry<?, ?> e : new TreeMap<>(m).entrySet()) {
                add(e.getKey());
                add(e.getValue());
            }
        } else if (o.getClass().isRecord()) {
            mix(6);
            add(o.getClass().getName());
            for (RecordComponent c : COMPONENTS.computeIfAbsent(o.getClass(), Class::getRecordComponents)) {
                try {
                    add(c.getAccessor().invoke(o));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + c, e);
                }
            }
        } else {
            mix(7);
            add(o.getClass().getName());
            add(o.toString());
        }
    }
}
