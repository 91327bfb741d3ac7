package dev.umbrella.datasets.build;

import java.util.Arrays;

/**
 * A growable byte array for writing CSV rows that are pure ASCII (ids, keys, hex shas, numbers,
 * booleans, timestamps) without going through {@code String}s: {@code commits.csv} has 89,000 rows.
 */
final class AsciiBuffer {
    private byte[] bytes;
    private int size;

    AsciiBuffer(int capacity) {
        bytes = new byte[capacity];
    }

    int size() {
        return size;
    }

    byte[] array() {
        return bytes;
    }

    AsciiBuffer append(char c) {
        ensure(1);
        bytes[size++] = (byte) c;
        return this;
    }

    /** Appends an ASCII string (callers guarantee it is ASCII). */
    AsciiBuffer append(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            bytes[size++] = (byte) s.charAt(i);
        }
        return this;
    }

    AsciiBuffer append(boolean b) {
        return append(b ? "true" : "false");
    }

    AsciiBuffer append(long v) {
        if (v < 0) {
            append('-');
            v = -v;
        }
        return digits(v, 1);
    }

    /** {@code v} with at least {@code width} digits, zero-padded. */
    AsciiBuffer digits(long v, int width) {
        int n = 1;
        for (long x = v; x >= 10; x /= 10) {
            n++;
        }
        n = Math.max(n, width);
        ensure(n);
        for (int i = size + n - 1; i >= size; i--) {
            bytes[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        size += n;
        return this;
    }

    void copyTo(int from, int length, byte[] target, int at) {
        System.arraycopy(bytes, from, target, at, length);
    }

    private void ensure(int n) {
        if (size + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
        }
    }
}
