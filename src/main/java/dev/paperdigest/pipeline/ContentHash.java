package dev.paperdigest.pipeline;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A 128-bit hash of a byte array for telling changed output files from unchanged ones: the
 * MurmurHash3 x64/128 construction, written out here because every output byte of a build goes
 * through it and SHA-256 costs several times more on a JVM without its intrinsic. Not for anything
 * an attacker chooses: the cache only compares a build's own outputs with their previous versions.
 */
final class ContentHash {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    private ContentHash() {
    }

    /** 32 lower-case hex digits. */
    static String hex(byte[] data) {
        int n = data.length;
        long h1 = 0x9e3779b97f4a7c15L;
        long h2 = 0x632be59bd9b4e019L;
        int i = 0;
        for (; i + 16 <= n; i += 16) {
            long k1 = (long) LONGS.get(data, i);
            long k2 = (long) LONGS.get(data, i + 8);
            h1 ^= mixK1(k1);
            h1 = Long.rotateLeft(h1, 27) + h2;
            h1 = h1 * 5 + 0x52dce729;
            h2 ^= mixK2(k2);
            h2 = Long.rotateLeft(h2, 31) + h1;
            h2 = h2 * 5 + 0x38495ab5;
        }
        long k1 = 0;
        long k2 = 0;
        for (int j = n - 1; j >= i + 8; j--) k2 = (k2 << 8) | (data[j] & 0xff);
        for (int j = Math.min(n, i + 8) - 1; j >= i; j--) k1 = (k1 << 8) | (data[j] & 0xff);
        if (n > i + 8) h2 ^= mixK2(k2);
        if (n > i) h1 ^= mixK1(k1);
        h1 ^= n;
        h2 ^= n;
        h1 += h2;
        h2 += h1;
        h1 = fmix(h1);
        h2 = fmix(h2);
        h1 += h2;
        h2 += h1;
        return hex16(h1) + hex16(h2);
    }

    private static long mixK1(long k) {
        return Long.rotateLeft(k * C1, 31) * C2;
    }

    private static long mixK2(long k) {
        return Long.rotateLeft(k * C2, 33) * C1;
    }

    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }

    private static String hex16(long v) {
        String s = Long.toHexString(v);
        return "0".repeat(16 - s.length()) + s;
    }
}
