package org.juesuan.samples;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Splits an amount over weighted keys exactly to the cent (largest remainder), so parts always sum to the whole. */
final class EconomicAllocator {

    private EconomicAllocator() {
    }

    static Map<String, BigDecimal> split(BigDecimal amount, Map<String, Integer> weights) {
        long cents = Money.cents(amount);
        long weightSum = weights.values().stream().mapToLong(Integer::longValue).sum();
        if (weightSum <= 0) {
            throw new IllegalArgumentException("no weights");
        }
        List<String> keys = new ArrayList<>(weights.keySet());
        long[] parts = new long[keys.size()];
        long[] remainders = new long[keys.size()];
        long assigned = 0;
        for (int i = 0; i < keys.size(); i++) {
            long numerator = cents * weights.get(keys.get(i));
            parts[i] = numerator / weightSum;
            remainders[i] = numerator % weightSum;
            assigned += parts[i];
        }
        // Hand the leftover cents to the largest remainders; ties go to the earlier key, so the result is stable.
        for (long left = cents - assigned; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < keys.size(); i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
        }
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            if (parts[i] != 0) {
                result.put(keys.get(i), Money.ofCents(parts[i]));
            }
        }
        return result;
    }
}
