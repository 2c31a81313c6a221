package org.juesuan.mapping;

import java.util.Arrays;

/**
 * Non-negative int keys to int values, open addressing: a million codes cost 16 MB here instead
 * of ~70 MB as a {@code HashMap<Integer, Integer>}.
 */
final class IntIndex {

    private static final int EMPTY = -1;

    private int[] keys = filled(1 << 4);
    private int[] values = new int[1 << 4];
    private int size;

    /** @return the value of the key, or −1 */
    int get(int key) {
        int mask = keys.length - 1;
        for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return values[slot];
            }
            if (keys[slot] == EMPTY) {
                return -1;
            }
        }
    }

    void put(int key, int value) {
        if (key < 0) {
            throw new IllegalArgumentException("negative key " + key);
        }
        if ((size + 1) * 2 > keys.length) {
            rehash(keys.length * 2);
        }
        if (insert(keys, values, key, value)) {
            size++;
        }
    }

    private static boolean insert(int[] keys, int[] values, int key, int value) {
        int mask = keys.length - 1;
        for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                values[slot] = value;
                return false;
            }
            if (keys[slot] == EMPTY) {
                keys[slot] = key;
                values[slot] = value;
                return true;
            }
        }
    }

    private void rehash(int capacity) {
        int[] newKeys = filled(capacity);
        int[] newValues = new int[capacity];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                insert(newKeys, newValues, keys[i], values[i]);
            }
        }
        keys = newKeys;
        values = newValues;
    }

    private static int[] filled(int capacity) {
        int[] array = new int[capacity];
        Arrays.fill(array, EMPTY);
        return array;
    }

    /** Codes are dense runs of numbers: spread them so that runs do not cluster. */
    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
